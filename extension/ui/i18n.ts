import type { Lang } from '../../shared/process/stage-ids';

/**
 * Every string the UI shows goes through the browser's i18n API
 * (`_locales/<lang>/messages.json`). A missing key shows the key itself, and
 * test/unit/conventions/locales.test.ts fails before that can ship.
 */
export type MessageKey = Parameters<typeof browser.i18n.getMessage>[0];

export function t(key: MessageKey, ...subs: (string | number)[]): string {
  return browser.i18n.getMessage(key, subs.map(String)) || key;
}

/** The language the browser chose for our messages; bilingual data (stages, metrics) follows it. */
export function uiLang(): Lang {
  return t('@@ui_locale').toLowerCase().startsWith('es') ? 'es' : 'en';
}

/** Label of a source: built-in ones are translated, custom ones are shown as typed. */
export function sourceLabel(source: string): string {
  const msg = browser.i18n.getMessage(`source_${source}` as MessageKey);
  return msg || source;
}
