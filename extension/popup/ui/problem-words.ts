import type { ProblemWords } from '../../../shared/present/problem-text';
import { formatDay } from '../../ui/format';
import { uiLang } from '../../ui/i18n';
import { stageName } from '../settings-store';

/** The popup's side of the shared problem wording: its language, the team's stage names, short dates. */
export function problemWords(now = Date.now()): ProblemWords {
  const lang = uiLang();
  return { lang, stageName, day: (iso) => formatDay(iso, lang, now) };
}
