import type { StageId } from '../../shared/process/stage-list';
import { uiLang } from './i18n';

/**
 * The playbook built into the extension (wxt.config.ts copies it to `/playbook/`),
 * in the interface's language; sections are anchors (`#stage-<id>`, `#metric-<id>`,
 * `#problem-<id>`).
 */
export function playbookLink(anchor?: `stage-${StageId}` | `problem-${string}` | `metric-${string}`): string {
  // Built after WXT lists its public paths, so its typed `getURL` does not know these files.
  const getURL = browser.runtime.getURL as (path: string) => string;
  const page = getURL(`/playbook/${uiLang()}.html`);
  return anchor ? `${page}#${anchor}` : page;
}

/**
 * A URL from lead data, only if it is http(s): a `javascript:` or `data:` link
 * captured from a hostile page must never become clickable. Returns undefined otherwise.
 */
export function safeHttpUrl(raw: string | undefined | null): string | undefined {
  if (!raw) return undefined;
  try {
    const url = new URL(raw.trim());
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}
