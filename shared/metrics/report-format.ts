import { localIsoDate, type TimeZone } from './time-zone';

/** Drop control characters so a hostile name cannot drive the terminal (escape sequences, rewrites). */
export function plain(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: removing them is the point
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, ' ').trim();
}

/** `2026-01-01 – 2026-01-31`: the period's first and last local day. */
export function formatPeriodDates(p: { start: number; end: number }, zone: TimeZone): string {
  return `${localIsoDate(p.start, zone)} – ${localIsoDate(p.end - 1, zone)}`;
}

/** Left column padded with dots so figures line up in a terminal. */
export function row(label: string, value: string, width = 52): string {
  const pad = Math.max(2, width - [...label].length);
  return `  ${label} ${'.'.repeat(pad - 1)} ${value}`;
}
