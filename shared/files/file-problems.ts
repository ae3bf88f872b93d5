import type { z } from 'zod';
import { TIME_RANGE_MESSAGE } from '../model/time-range';

/**
 * One thing wrong in an imported file, located by path (`leads[41].email`), or
 * by field within a spreadsheet row (the path is empty when the whole row is wrong). The code lets the UI say it in the rep's language; `message`
 * is the same thing in English for logs, tests and the command line.
 */
type ProblemCode =
  | 'required'
  | 'type'
  | 'email'
  | 'url'
  | 'date'
  | 'time-range'
  | 'encoding'
  | 'too-long'
  | 'too-small'
  | 'value'
  | 'duplicate'
  | 'repeated'
  | 'unreadable'
  | 'unknown-lead'
  | 'quotes'
  | 'columns'
  | 'conflict'
  | 'other';

export interface Problem {
  path: string;
  code: ProblemCode;
  /** Values the message refers to (a limit, an expected type, the duplicated path). */
  params: string[];
  message: string;
}

/** How many problems a report keeps: the rep needs the first few, not a million lines. */
export const MAX_PROBLEMS = 20;

/** `['leads', 41, 'email']` → `leads[41].email`; odd record keys are quoted. */
function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else if (typeof part === 'string' && /^[A-Za-z_$][\w$]*$/.test(part)) out += out ? `.${part}` : part;
    else out += `[${JSON.stringify(String(part))}]`;
  }
  return out || '(file)';
}

/** How much of a cell a message quotes: a 29 MB cell must not become a 29 MB message. */
const MAX_QUOTED_CHARS = 200;

/** A value from the file as a message quotes it: at most MAX_QUOTED_CHARS characters, then "…". */
export function quoted(value: string): string {
  return value.length > MAX_QUOTED_CHARS ? `${value.slice(0, MAX_QUOTED_CHARS)}…` : value;
}

export function problem(path: string, code: ProblemCode, message: string, params: string[] = []): Problem {
  return { path, code, params, message };
}

/** A zod issue in words a rep can act on. */
export function fromZodIssue(issue: z.core.$ZodIssue, prefix: readonly PropertyKey[] = []): Problem {
  const path = formatPath([...prefix, ...issue.path]);
  switch (issue.code) {
    case 'invalid_type': {
      const received = /received (\w+)/.exec(issue.message)?.[1] ?? 'something else';
      if (received === 'undefined') return problem(path, 'required', 'is missing');
      return problem(path, 'type', `expected ${issue.expected}, got ${received}`, [
        String(issue.expected),
        received,
      ]);
    }
    case 'invalid_format':
      if (issue.format === 'email') return problem(path, 'email', 'not an email');
      if (issue.format === 'datetime' || issue.format === 'date')
        return problem(path, 'date', `not a ${issue.format === 'date' ? 'date (YYYY-MM-DD)' : 'date-time'}`);
      return problem(path, 'other', issue.message);
    case 'too_big':
      return problem(path, 'too-long', `too long (at most ${issue.maximum})`, [String(issue.maximum)]);
    case 'too_small':
      if (issue.origin === 'string' && Number(issue.minimum) === 1)
        return problem(path, 'required', 'is empty');
      return problem(path, 'too-small', `too small (at least ${issue.minimum})`, [String(issue.minimum)]);
    case 'invalid_value':
      return problem(path, 'value', `not one of: ${issue.values.join(', ')}`, [issue.values.join(', ')]);
    case 'custom':
      if (/http\(s\) URL/.test(issue.message)) return problem(path, 'url', 'not an http(s) URL');
      if (issue.message === TIME_RANGE_MESSAGE) return problem(path, 'time-range', TIME_RANGE_MESSAGE);
      return problem(path, 'other', issue.message);
    default:
      return problem(path, 'other', issue.message);
  }
}

/** The first problems of a failed parse; `total` says how many there were in all. */
export function problemsFromZod(
  error: z.ZodError,
  prefix: readonly PropertyKey[] = [],
): { problems: Problem[]; total: number } {
  return {
    problems: error.issues.slice(0, MAX_PROBLEMS).map((i) => fromZodIssue(i, prefix)),
    total: error.issues.length,
  };
}

export function describeProblem(p: Problem): string {
  return p.path ? `${p.path}: ${p.message}` : p.message;
}
