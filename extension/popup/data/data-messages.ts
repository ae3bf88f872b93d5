import type { BackupFileIssue } from '../../../shared/backup/read-backup';
import { describeProblem, type Problem } from '../../../shared/files/file-problems';
import type { CsvEncoding } from '../../data/csv/csv-decode';
import type { CsvField } from '../../data/csv/csv-mapping';
import { MAX_CSV_ROWS } from '../../data/csv/csv-parse';
import { storageErrorKind } from '../../data/storage-status';
import { type MessageKey, t } from '../../ui/i18n';

/** A problem found in an imported file, in the rep's language (the English text is the fallback). */
export function problemText(p: Problem): string {
  const [a = '', b = ''] = p.params;
  switch (p.code) {
    case 'required':
      return t('dataProblemRequired');
    case 'type':
      return t('dataProblemType', a, b);
    case 'email':
      return t('dataProblemEmail');
    case 'url':
      return t('dataProblemUrl');
    case 'date':
      return t('dataProblemDate');
    case 'time-range':
      return t('dataProblemTimeRange');
    case 'encoding':
      return a.startsWith('utf-16') ? t('dataProblemUtf16', a.toUpperCase()) : t('dataProblemNotUtf8', a);
    case 'too-long':
      return t('dataProblemTooLong', a);
    case 'too-small':
      return t('dataProblemTooSmall', a);
    case 'value':
      return t('dataProblemValue', a);
    case 'unreadable':
      return t('dataProblemUnreadable', a);
    case 'duplicate':
      return t('dataProblemDuplicate', a);
    case 'repeated':
      return t('dataProblemRepeated', a);
    case 'unknown-lead':
      return t('dataProblemUnknownLead');
    case 'quotes':
      return t('dataProblemQuotes');
    case 'columns':
      return t('dataProblemColumns', a, b);
    case 'conflict':
      return t('dataProblemConflict', a);
    default:
      return describeProblem(p);
  }
}

export function backupIssueText(issue: BackupFileIssue): string {
  const texts: Record<BackupFileIssue, MessageKey> = {
    'too-large': 'dataBackupTooLarge',
    empty: 'dataBackupEmpty',
    encoding: 'dataBackupEncoding',
    'not-json': 'dataBackupNotJson',
    'not-backup': 'dataBackupNotBackup',
    'newer-version': 'dataBackupNewer',
    invalid: 'dataBackupInvalid',
  };
  return t(texts[issue]);
}

/** Why a spreadsheet file was refused before any row was checked. */
export function csvIssueText(
  r:
    | { issue: 'too-large' | 'not-text' | 'empty' }
    | { issue: 'mixed-encoding'; at?: number }
    | { issue: 'too-many-rows'; lines: number },
): string {
  switch (r.issue) {
    case 'too-large':
      return t('dataCsvTooLarge');
    case 'not-text':
      return t('dataCsvNotText');
    case 'empty':
      return t('dataCsvEmpty');
    case 'mixed-encoding':
      return t('dataCsvMixedEncoding', fmt((r.at ?? 0) + 1));
    case 'too-many-rows':
      return t('dataCsvTooManyRows', fmt(r.lines), fmt(MAX_CSV_ROWS));
  }
}

/** How the file was read, for the preview: a Windows-1252 file is a warning (check the accents). */
export function encodingText(encoding: CsvEncoding): string {
  if (encoding === 'windows-1252') return t('dataCsvEncoding1252');
  if (encoding === 'utf-8') return t('dataCsvEncodingUtf8');
  return t('dataCsvEncodingUtf16', encoding.toUpperCase());
}

/** A failed write, said so the rep knows what to do; the database was left as it was. */
export function writeErrorText(err: unknown): string {
  const kind = storageErrorKind(err);
  if (kind === 'quota') return t('dataErrorQuota');
  if (kind === 'duplicate') return t('dataErrorDuplicate');
  return t('dataErrorOther', err instanceof Error ? err.message : String(err));
}

export const FIELD_LABEL: Record<CsvField, MessageKey> = {
  id: 'dataFieldId',
  name: 'dataFieldName',
  firstName: 'dataFieldFirstName',
  lastName: 'dataFieldLastName',
  email: 'dataFieldEmail',
  company: 'dataFieldCompany',
  headline: 'dataFieldHeadline',
  location: 'dataFieldLocation',
  industry: 'dataFieldIndustry',
  linkedinUrl: 'dataFieldLinkedinUrl',
  website: 'dataFieldWebsite',
  source: 'dataFieldSource',
  stage: 'dataFieldStage',
  status: 'dataFieldStatus',
  lostReason: 'dataFieldLostReason',
  value: 'dataFieldValue',
  currency: 'dataFieldCurrency',
  nextStep: 'dataFieldNextStep',
  nextStepDue: 'dataFieldNextStepDue',
  notes: 'dataFieldNotes',
  kind: 'dataFieldKind',
  painPointIds: 'dataFieldPainPointIds',
  decisionHelperIds: 'dataFieldDecisionHelperIds',
};

/** Numbers in the rep's format: 12,345 or 12.345. */
export const fmt = (n: number) => n.toLocaleString(document.documentElement.lang || undefined);
