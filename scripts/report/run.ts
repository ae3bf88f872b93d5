import { basename } from 'node:path';
import { clampedWords, refusalLines } from '../../shared/backup/backup-words';
import { readBackupBytes } from '../../shared/backup/read-backup';
import { resolvePeriod } from '../../shared/metrics/period';
import { reportJson } from '../../shared/metrics/report-json';
import { reportText } from '../../shared/metrics/report-text';
import { analyseTeam, type TeamMember } from '../../shared/metrics/team';
import { systemTimeZone } from '../../shared/metrics/time-zone';
import { repTable } from '../../shared/present/rep-table';
import { resolveProcess } from '../../shared/process/resolve-settings';
import { parseReportArgs, USAGE } from './args';

interface ReportIo {
  /** The file's bytes: the shared backup reader decodes them (BOM, strict UTF-8). */
  readFile: (path: string) => Uint8Array;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  now: () => number;
}

/** Everything `npm run report` does, with the outside world passed in. Returns the exit code. */
export function runReport(argv: readonly string[], io: ReportIo): number {
  let args: ReturnType<typeof parseReportArgs>;
  try {
    args = parseReportArgs(argv);
  } catch (e) {
    const message = (e as Error).message;
    io.stderr(message === USAGE ? `${USAGE}\n` : `report: ${message}\n${USAGE}\n`);
    return 2;
  }
  const members: TeamMember[] = [];
  const files: { file: string; owner?: string; leads: number }[] = [];
  for (const file of args.files) {
    let bytes: Uint8Array;
    try {
      bytes = io.readFile(file);
    } catch (e) {
      io.stderr(
        `${file}: (file): cannot read the file (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})\n`,
      );
      continue;
    }
    // The reader's "now" is the real clock (times later than it are clamped), not --now.
    const read = readBackupBytes(bytes, { now: io.now() });
    if (!read.ok) {
      for (const line of refusalLines(read, args.lang)) io.stderr(`${file}: ${line}\n`);
      continue;
    }
    if (read.clamped.count) io.stderr(`${file}: ${clampedWords(read.clamped, args.lang)}\n`);
    const owner = read.backup.owner || basename(file);
    members.push({ owner, backup: read.backup });
    files.push({ file, owner: read.backup.owner, leads: read.backup.leads.length });
  }
  if (members.length === 0) {
    io.stderr('report: no backup file could be loaded\n');
    return 1;
  }
  const zone = args.tz ?? systemTimeZone();
  const now = args.now ?? io.now();
  const period = resolvePeriod(args.period, now, zone);
  const { figures, settings, report, problems } = analyseTeam(members, period, now, zone);
  if (args.json) {
    const json = reportJson({ report, problems, files, settings, reps: figures.reps });
    io.stdout(`${JSON.stringify(json, null, 2)}\n`);
  } else {
    const process = resolveProcess(settings);
    const leads = figures.combined.leads;
    const reps = repTable(figures, args.lang);
    io.stdout(reportText({ report, problems, leads, process, lang: args.lang, files, reps }));
  }
  return 0;
}
