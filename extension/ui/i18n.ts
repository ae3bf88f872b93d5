import type { Lang } from '../../shared/process/stage-list';

/**
 * Every string the UI shows goes through the browser's i18n API
 * (`_locales/<lang>/messages.json`). A missing key shows the key itself, and
 * test/unit/conventions/locales.test.ts fails before that can ship.
 *
 * The browser's language chooses, unless the rep picked a language in
 * settings: the i18n API cannot switch, so that language's messages file is
 * loaded (see applyLanguage) and read here first.
 */
export type MessageKey = Parameters<typeof browser.i18n.getMessage>[0];
type Messages = Record<string, { message: string } | undefined>;

let chosen: { lang: Lang; messages: Messages } | null = null;

/** Fills `$1`…`$9` as the i18n API does; `$$` is a literal dollar sign. */
export function substitute(message: string, subs: readonly string[]): string {
  return message.replace(/\$(\$|\d)/g, (_, d: string) => (d === '$' ? '$' : (subs[Number(d) - 1] ?? '')));
}

export function t(key: MessageKey, ...subs: (string | number)[]): string {
  const strings = subs.map(String);
  const own = chosen?.messages[key]?.message;
  if (own !== undefined) return substitute(own, strings);
  return browser.i18n.getMessage(key, strings) || key;
}

/**
 * The language the browser picked our messages in. Read from a message of our
 * own rather than `@@ui_locale`, which can name another locale than the one the
 * messages came from (seen in headless Chromium with --lang=es): stage names and
 * definitions must always match the strings around them.
 */
function browserLang(): Lang {
  return browser.i18n.getMessage('messagesLang') === 'es' ? 'es' : 'en';
}

/** The language of the interface; bilingual data (stages, metrics) follows it. */
export function uiLang(): Lang {
  return chosen?.lang ?? browserLang();
}

/** Applies the language setting; resolves once its messages are ready. */
export async function applyLanguage(pref: 'auto' | Lang): Promise<void> {
  if (pref === 'auto' || pref === browserLang()) {
    chosen = null;
  } else if (chosen?.lang !== pref) {
    const url = browser.runtime.getURL(`/_locales/${pref}/messages.json`);
    chosen = { lang: pref, messages: (await (await fetch(url)).json()) as Messages };
  }
  document.documentElement.lang = uiLang();
}

/** Label of a source: built-in ones are translated, custom ones are shown as typed. */
export function sourceLabel(source: string): string {
  const key = `source_${source}` as MessageKey;
  const own = chosen?.messages[key]?.message;
  return own ?? (browser.i18n.getMessage(key) || source);
}
