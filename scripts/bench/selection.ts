// Which figures a bench run takes: `--only` names groups (popup, data…) or single
// figures (import-csv-100k…), so re-measuring one case does not cost the ~9-minute run.

/** Every figure the bench knows, by id, with the group that times it. */
const FIGURE_GROUPS: Readonly<Record<string, string>> = {
  'popup-ready-1k': 'popup',
  'popup-ready-10k': 'popup',
  'popup-ready-100k': 'popup',
  'popup-growth': 'popup',
  'popup-cold-10k': 'cold',
  'metrics-first-open': 'metrics',
  'metrics-problems': 'metrics',
  'extract-largest': 'capture',
  'capture-to-saved': 'capture',
  'export-backup': 'data',
  'import-csv': 'data',
  'import-csv-100k': 'data',
  'team-screen-ready': 'team',
  'team-screen-fresh': 'team',
  'sync-first-10k': 'sync',
  'sync-incoming-1k': 'sync',
  'sync-change-online': 'sync',
  'size-popup-sync': 'sync',
  'size-popup': 'sizes',
  'size-background': 'sizes',
  'size-capture': 'sizes',
  'size-playbook': 'sizes',
};

const GROUPS = [...new Set(Object.values(FIGURE_GROUPS))];

export interface Selection {
  /** Whether any figure of the group is wanted (the group's set-up runs only then). */
  group: (group: string) => boolean;
  figure: (id: string) => boolean;
}

/** Parses `--only a,b,c` (absent: everything); an unknown name is an error that lists the known ones. */
export function parseSelection(only: string | undefined): Selection | { error: string } {
  if (only === undefined) return { group: () => true, figure: () => true };
  const names = only
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const unknown = names.filter((n) => !GROUPS.includes(n) && !(n in FIGURE_GROUPS));
  if (unknown.length || names.length === 0)
    return {
      error: `unknown --only name(s): ${unknown.join(', ') || '(none given)'}; groups: ${GROUPS.join(', ')}; figures: ${Object.keys(FIGURE_GROUPS).join(', ')}`,
    };
  const wanted = new Set(names);
  const figure = (id: string) => wanted.has(id) || wanted.has(FIGURE_GROUPS[id] ?? '');
  return {
    figure,
    group: (g) =>
      wanted.has(g) || Object.keys(FIGURE_GROUPS).some((id) => FIGURE_GROUPS[id] === g && figure(id)),
  };
}
