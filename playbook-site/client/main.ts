// The base script: small on purpose (the page budget), everything heavy is lazy.
import type { Lang } from '../../shared/process/stage-list';
import { wireChecklists } from './checklists';
import { LANG_KEY } from './lang-choice';
import { wireStageNames } from './stage-names';
import { writeText } from './storage';
import { wireTeamProcess } from './team-process-wiring';
import { wireTeamReview } from './team-review-wiring';

const lang: Lang = document.documentElement.lang === 'es' ? 'es' : 'en';

for (const el of document.querySelectorAll<HTMLElement>('.js-only')) el.hidden = false;

// The switch is plain links (works without JS); with JS it also remembers the
// choice and keeps the reader at the same place on the page.
for (const link of document.querySelectorAll<HTMLAnchorElement>('.lang-switch a[data-lang]')) {
  link.addEventListener('click', () => {
    const target = link.dataset.lang ?? 'en';
    writeText(LANG_KEY, target);
    link.href = `${target}.html${location.hash}`;
  });
}

wireChecklists(lang);
const setStageNames = wireStageNames(lang);
wireTeamReview(lang, setStageNames);
wireTeamProcess(lang);
