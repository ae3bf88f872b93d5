/**
 * HTML by string templates, escaped by default: every interpolated value is
 * escaped unless it is already `SafeHtml` (the output of another `html` template
 * or of `trustedHtml` for build-time markup). Forgetting to escape is therefore
 * impossible by construction; passing data through `trustedHtml` is the only way
 * to get raw markup in, and only build code calls it.
 */
export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Safe in text and in quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c] as string);
}

/** Markup written by the build itself (an inline script, a template's output). Never for data. */
export function trustedHtml(markup: string): SafeHtml {
  return new SafeHtml(markup);
}

function interpolate(value: unknown): string {
  if (value instanceof SafeHtml) return value.value;
  if (Array.isArray(value)) return value.map(interpolate).join('');
  if (value === null || value === undefined || value === false) return '';
  return escapeHtml(String(value));
}

export function html(strings: TemplateStringsArray, ...values: unknown[]): SafeHtml {
  let out = strings[0] ?? '';
  values.forEach((v, i) => {
    out += interpolate(v) + (strings[i + 1] ?? '');
  });
  return new SafeHtml(out);
}
