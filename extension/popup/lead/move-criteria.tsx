import type { Lead } from '../../../shared/model/lead';
import type { StageId } from '../../../shared/process/stage-list';
import { t, uiLang } from '../../ui/i18n';
import { processDef, stageName } from '../settings-store';
import { moveCriteria } from './move-logic';

/**
 * The team's exit criteria of the lead's stage and entry criteria of where it
 * goes, next to the move buttons: closed by default, one line when closed.
 */
export function MoveCriteria({ lead, target }: { lead: Lead; target: StageId | '' }) {
  const rules = moveCriteria(processDef.value.stages, lead, target);
  if (!rules) return null;
  const lang = uiLang();
  const list = (title: string, lines: typeof rules.exit, id: string) =>
    lines.length ? (
      <div class="move-criteria-part" data-criteria={id}>
        <h4>{title}</h4>
        <ul>
          {lines.map((l, i) => (
            <li key={i}>{l[lang]}</li>
          ))}
        </ul>
      </div>
    ) : null;
  return (
    <details class="move-criteria">
      <summary>{t('moveCriteriaSummary')}</summary>
      {list(t('moveExitOf', stageName(rules.from)), rules.exit, 'exit')}
      {rules.to ? list(t('moveEntryOf', stageName(rules.to)), rules.entry, 'entry') : null}
    </details>
  );
}
