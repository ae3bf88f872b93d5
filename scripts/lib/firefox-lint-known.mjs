// The web-ext lint warnings the Firefox build may keep, each with why it cannot
// go (docs/firefox.md says the same). Anything else fails `npm test`.
// A warning is recognised by the code around the spot it points at, so a new
// eval or innerHTML elsewhere is not waved through under an old excuse.
const KNOWN_WARNINGS = [
  {
    code: 'DANGEROUS_EVAL',
    // zod's check whether it may compile parsers: `try { return Function(''), true } catch …`,
    // guarded by its jitless setting. shared/zod.ts turns jitless on, so it never runs.
    why: "zod's eval probe, never run: shared/zod.ts sets jitless",
    matches: (near) => /jitless/.test(near.before) && /^Function\(/.test(near.at),
  },
  {
    code: 'UNSAFE_VAR_ASSIGNMENT',
    // Preact's renderer writes `dangerouslySetInnerHTML.__html` here; no component
    // passes that prop (Biome's noDangerouslySetInnerHtml and a conventions test forbid it).
    why: "Preact's dangerouslySetInnerHTML path, which no component uses",
    matches: (near) =>
      /__html/.test(near.before) && /^\(?[\w$]+\.innerHTML\s*=\s*[\w$]+\.__html/.test(near.at),
  },
];

/** The text just before a warning's spot and from it on (web-ext counts lines and columns from 1). */
export function textNear(source, line, column) {
  const text = source.split('\n')[(line ?? 1) - 1] ?? '';
  const col = Math.max(0, (column ?? 1) - 1);
  return { before: text.slice(Math.max(0, col - 200), col), at: text.slice(col, col + 120) };
}

/** Splits lint messages into the documented ones and the rest (errors are never known). */
export function classify(messages, readSource) {
  const known = [];
  const unknown = [];
  for (const m of messages) {
    const rule = KNOWN_WARNINGS.find(
      (k) => k.code === m.code && m.file && k.matches(textNear(readSource(m.file), m.line, m.column)),
    );
    if (rule) known.push({ ...m, why: rule.why });
    else unknown.push(m);
  }
  return { known, unknown };
}
