import { describeProblem, type Problem } from '../files/file-problems';
import { MAX_YEAR, MIN_YEAR } from '../model/time-range';
import type { Lang } from '../process/stage-list';
import type { ClampedTimes } from './future-times';
import { type BackupFileIssue, type BackupRefusal, MAX_BACKUP_BYTES } from './read-backup';

/**
 * The backup reader's outcome in words, English and Spanish, for the surfaces
 * without the extension's message catalogue: the playbook's team review and
 * `npm run report`. (The extension says the same through its _locales files.)
 */
const ISSUES: Record<BackupFileIssue, Record<Lang, string>> = {
  'too-large': {
    en: `The file is larger than ${MAX_BACKUP_BYTES / 1024 / 1024} MB, too large to be an Embudo backup.`,
    es: `El archivo ocupa más de ${MAX_BACKUP_BYTES / 1024 / 1024} MB: demasiado para ser una copia de Embudo.`,
  },
  empty: { en: 'The file is empty.', es: 'El archivo está vacío.' },
  encoding: {
    en: 'The file is not stored as UTF-8 text, as every Embudo backup is: another program may have saved it again.',
    es: 'El archivo no está guardado como texto UTF-8, como toda copia de Embudo: quizá otro programa lo volvió a guardar.',
  },
  'not-json': {
    en: 'The file is not valid JSON: it may be incomplete or damaged.',
    es: 'El archivo no es JSON válido: puede estar incompleto o dañado.',
  },
  'not-backup': { en: 'The file is not an Embudo backup.', es: 'El archivo no es una copia de Embudo.' },
  'newer-version': {
    en: 'The file comes from a newer version of Embudo.',
    es: 'El archivo viene de una versión más reciente de Embudo.',
  },
  invalid: {
    en: 'Some records in the file have problems:',
    es: 'Algunos registros del archivo tienen problemas:',
  },
};

/** Why a file was refused, as one sentence. */
function issueWords(issue: BackupFileIssue, lang: Lang): string {
  return ISSUES[issue][lang];
}

/** Every line a refusal is told in: the reason, then the problems by path, then how many more. */
export function refusalLines(refusal: BackupRefusal, lang: Lang): string[] {
  const more = refusal.total - refusal.problems.length;
  return [
    issueWords(refusal.issue, lang),
    ...refusal.problems.map((p) => problemWords(p, lang)),
    ...(more > 0 ? [lang === 'es' ? `… y ${more} más` : `… and ${more} more`] : []),
  ];
}

type Words = (params: string[]) => string;
const SPANISH: Partial<Record<Problem['code'], Words>> = {
  required: () => 'falta',
  type: ([a, b]) => `debería ser ${a}, no ${b}`,
  email: () => 'no es una dirección de email',
  url: () => 'no es una dirección web (http o https)',
  date: () => 'no es una fecha válida',
  'time-range': () => `no es un momento entre ${MIN_YEAR} y ${MAX_YEAR}`,
  encoding: ([a]) =>
    a?.startsWith('utf-16') ? `guardado como ${a.toUpperCase()}` : `el byte ${a} no es UTF-8`,
  'too-long': ([a]) => `es demasiado largo (máximo ${a})`,
  'too-small': ([a]) => `es demasiado pequeño (mínimo ${a})`,
  value: ([a]) => `debe ser uno de: ${a}`,
  duplicate: ([a]) => `es igual que ${a}`,
  'unknown-lead': () => 'no pertenece a ningún lead del archivo',
};

/** One problem as `path: text`, in the language asked for (English is the problem's own message). */
export function problemWords(p: Problem, lang: Lang): string {
  const spanish = lang === 'es' ? SPANISH[p.code] : undefined;
  if (!spanish) return describeProblem(p);
  return `${p.path}: ${spanish(p.params)}`;
}

/** The note shown when times later than the file were set back. */
export function clampedWords(c: ClampedTimes, lang: Lang): string {
  const when = new Date(c.to).toISOString().slice(0, 16).replace('T', ' ');
  return lang === 'es'
    ? `${c.count} fechas posteriores a la copia se han ajustado a ${when} UTC (${c.paths.join(', ')}).`
    : `${c.count} times later than the file itself were set back to ${when} UTC (${c.paths.join(', ')}).`;
}
