import type { Lang } from '../../../shared/process/stage-list';
import { teamProcessModel } from '../../../shared/sync/process-doc';
import { renderPage } from '../../render/page';
import { pageModelOf } from '../../render/page-model-of';
import { teamProcessNotice } from '../../render/team-process-notice';
import { formatDate } from '../team-review/format';

/** The parts of the page a process decides: they are swapped for the team's, the rest stays as built. */
export const PROCESS_PARTS = ['toc', 'pipeline', 'stages', 'metrics', 'problems', 'review'] as const;

/**
 * A `process` document (untrusted: from the team database, or the extension's
 * copy of it) → the whole page rendered under it by the build's own render
 * code, and the "set by your team" line. Everything from the document is
 * escaped by the `html` templates, so a hostile stage name stays text. Pure
 * apart from the reader's locale for the date.
 */
export function teamProcessPage(
  raw: unknown,
  lang: Lang,
): { ok: true; page: string; notice: string } | { ok: false; reason: string } {
  const team = teamProcessModel(raw, lang);
  if (!team.ok) return team;
  const model = pageModelOf(team.settings, new Set());
  return {
    ok: true,
    page: renderPage({ lang, model, negotiate: false }),
    notice: teamProcessNotice(team.owner, formatDate(team.updatedAt, lang), lang).value,
  };
}
