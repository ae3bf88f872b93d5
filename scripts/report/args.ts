import { type PeriodSpec, parsePeriodArg } from '../../shared/metrics/period';
import { isValidTimeZone } from '../../shared/metrics/time-zone';
import { LANGS, type Lang } from '../../shared/process/stage-list';

interface ReportArgs {
  files: string[];
  period: PeriodSpec;
  json: boolean;
  lang: Lang;
  /** IANA zone for month boundaries; the system zone when absent. */
  tz?: string;
  /** Fixed "now" (ISO date-time) so a report can be reproduced. */
  now?: number;
}

export const USAGE = `usage: npm run report -- FILE [FILE…] [--period this-month|last-30|last-90|this-quarter|this-year|YYYY-MM-DD..YYYY-MM-DD]
                      [--json] [--lang en|es] [--tz Europe/Madrid] [--now 2026-01-31T12:00:00Z]`;

/** Parse the command line; throws an Error with a readable message on bad usage. */
export function parseReportArgs(argv: readonly string[]): ReportArgs {
  const args: ReportArgs = { files: [], period: 'last-90', json: false, lang: 'en' };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    const [flag, inline] =
      a.startsWith('--') && a.includes('=')
        ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)]
        : [a, undefined];
    const value = () => {
      const v = inline ?? argv[++i];
      if (v === undefined || v === '') throw new Error(`${flag} needs a value`);
      return v;
    };
    switch (flag) {
      case '--json':
        args.json = true;
        break;
      case '--period':
        args.period = parsePeriodArg(value());
        break;
      case '--lang': {
        const v = value();
        if (!(LANGS as readonly string[]).includes(v))
          throw new Error(`--lang must be one of ${LANGS.join(', ')}`);
        args.lang = v as Lang;
        break;
      }
      case '--tz': {
        const v = value();
        if (!isValidTimeZone(v)) throw new Error(`unknown time zone: ${v}`);
        args.tz = v;
        break;
      }
      case '--now': {
        const v = value();
        const t = Date.parse(v);
        if (!/^\d{4}-\d{2}-\d{2}/.test(v) || Number.isNaN(t))
          throw new Error(`--now is not a date-time: ${v}`);
        args.now = t;
        break;
      }
      case '--help':
      case '-h':
        throw new Error(USAGE);
      default:
        if (a.startsWith('--')) throw new Error(`unknown option ${a}`);
        args.files.push(a);
    }
  }
  if (args.files.length === 0) throw new Error('no backup file given');
  return args;
}
