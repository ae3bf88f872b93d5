import type { StageId } from '../../shared/process/stage-list';

/** Where the team's playbook is published; sections are anchors (`#stage-<id>`, `#problem-<id>`). */
export const PLAYBOOK_URL = 'https://embudo.app/playbook/';

export function playbookLink(anchor?: `stage-${StageId}` | `problem-${string}` | `metric-${string}`): string {
  return anchor ? `${PLAYBOOK_URL}#${anchor}` : PLAYBOOK_URL;
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
