// Inlined into <head>: chooses the language before anything paints, so a
// Spanish reader never sees the English page flash first.
import { chooseLang, LANG_KEY } from './lang-choice';

const root = document.documentElement;
let saved: string | null = null;
try {
  saved = localStorage.getItem(LANG_KEY);
} catch {
  // Storage can be blocked (privacy settings); the browser language still decides.
}
const want = chooseLang({
  query: location.search,
  saved,
  languages: navigator.languages?.length ? navigator.languages : [navigator.language],
  negotiate: root.hasAttribute('data-negotiate'),
  current: root.lang === 'es' ? 'es' : 'en',
});
if (want) location.replace(`${want}.html${location.hash}`);
