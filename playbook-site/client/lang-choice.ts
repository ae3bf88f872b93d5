import type { Lang } from '../../shared/process/stage-list';

export const LANG_KEY = 'embudo-playbook:lang';
const SUPPORTED: readonly Lang[] = ['en', 'es'];

const asLang = (v: string | null | undefined): Lang | null =>
  SUPPORTED.includes(v as Lang) ? (v as Lang) : null;

export interface LangInputs {
  /** `location.search` */
  query: string;
  /** The choice the reader made with the switch, from localStorage. */
  saved: string | null;
  /** `navigator.languages` */
  languages: readonly string[];
  /** True on index.html, the only page that picks a language by itself. */
  negotiate: boolean;
  /** The language the current file is written in. */
  current: Lang;
}

/**
 * The language the reader should see, or null to stay. `?lang=` always wins;
 * on index.html a saved choice comes next, then the browser's languages in order.
 * es.html and en.html otherwise stay what they are: a link to them is a choice.
 */
export function chooseLang(input: LangInputs): Lang | null {
  const fromQuery = asLang(/[?&]lang=([a-z]+)/i.exec(input.query)?.[1]?.toLowerCase());
  let want = fromQuery;
  if (!want && input.negotiate) {
    want = asLang(input.saved);
    for (const tag of input.languages) {
      if (want) break;
      want = asLang(tag.toLowerCase().split('-')[0]);
    }
  }
  return want && want !== input.current ? want : null;
}
