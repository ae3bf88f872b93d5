import { PROBLEM_IDS } from '../../../shared/metrics/problems';
import { BUILTIN_SOURCES } from '../../../shared/model/lead';
import { STAGE_IDS } from '../../../shared/process/stage-list';
import { type MessageKey, sourceLabel, t } from '../../ui/i18n';
import { PROBLEM_BADGE } from '../pipeline/lead-row';
import { settings, stageName } from '../settings-store';
import { type FindQuery, SORT_KEYS } from './find-logic';
import { findQuery, updateQuery } from './find-store';

const SORT_LABEL: Record<string, MessageKey> = {
  recent: 'sortRecent',
  days: 'sortDays',
  value: 'sortValue',
  due: 'sortDue',
};
const STATUS_LABEL: Record<string, MessageKey> = { open: 'statusOpen', won: 'statusWon', lost: 'statusLost' };

function Choice<K extends keyof FindQuery>(props: {
  field: K;
  label: MessageKey;
  options: readonly { value: string; label: string }[];
  any?: boolean;
}) {
  const id = `find-${props.field}`;
  return (
    <div class="field">
      <label for={id}>{t(props.label)}</label>
      <select
        id={id}
        value={String(findQuery.value[props.field])}
        onChange={(e) => updateQuery({ [props.field]: e.currentTarget.value } as Partial<FindQuery>)}
      >
        {props.any === false ? null : <option value="">{t('anyOption')}</option>}
        {props.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** Filters by stage, source, status and problem, and the sort order. Loaded when first opened. */
export default function FindFilters() {
  const sources = [...new Set([...BUILTIN_SOURCES, ...settings.value.customSources])];
  return (
    <div class="find-filters">
      <Choice
        field="stage"
        label="filterStage"
        options={STAGE_IDS.map((s) => ({ value: s, label: stageName(s) }))}
      />
      <Choice
        field="source"
        label="filterSource"
        options={sources.map((s) => ({ value: s, label: sourceLabel(s) }))}
      />
      <Choice
        field="status"
        label="filterStatus"
        options={['open', 'won', 'lost'].map((s) => ({ value: s, label: t(STATUS_LABEL[s] as MessageKey) }))}
      />
      <Choice
        field="problem"
        label="filterProblem"
        options={PROBLEM_IDS.filter((p) => p !== 'too-many-opportunities').map((p) => ({
          value: p,
          label: t(PROBLEM_BADGE[p] as MessageKey),
        }))}
      />
      <Choice
        field="sort"
        label="sortBy"
        any={false}
        options={SORT_KEYS.map((k) => ({ value: k, label: t(SORT_LABEL[k] as MessageKey) }))}
      />
    </div>
  );
}
