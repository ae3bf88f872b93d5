import type { PeriodPreset, ResolvedPeriod } from '../../../shared/metrics/period';
import { formatDay } from '../../ui/format';
import { type MessageKey, t, uiLang } from '../../ui/i18n';
import { defaultCustomRange, type PeriodChoice, PICKER_OPTIONS, periodBounds } from './period-choice';

const OPTION_LABEL: Record<PeriodPreset | 'custom', MessageKey> = {
  'this-month': 'periodThisMonth',
  'last-30': 'periodLast30',
  'last-90': 'periodLast90',
  'this-quarter': 'periodThisQuarter',
  'this-year': 'periodThisYear',
  custom: 'periodCustom',
};

interface Props {
  choice: PeriodChoice;
  onChange: (next: PeriodChoice) => void;
  /** The period as resolved, to show its first and last day; null while the custom range is invalid. */
  period: ResolvedPeriod | null;
  error: 'missing' | 'order' | null;
  now: number;
}

/** This month, the last 30 or 90 days, this quarter, this year, or a custom range of dates. */
export function PeriodPicker({ choice, onChange, period, error, now }: Props) {
  const lang = uiLang();
  const pick = (value: string) => {
    if (value === 'custom') onChange({ preset: 'custom', ...defaultCustomRange(now) });
    else onChange({ preset: value as PeriodPreset });
  };
  const bounds = period ? periodBounds(period) : null;
  return (
    <div class="period-picker">
      <label for="period-select">{t('periodLabel')}</label>
      <select id="period-select" value={choice.preset} onChange={(e) => pick(e.currentTarget.value)}>
        {PICKER_OPTIONS.map((o) => (
          <option key={o} value={o}>
            {t(OPTION_LABEL[o])}
          </option>
        ))}
      </select>
      {choice.preset === 'custom' ? (
        <span class="period-custom">
          <label>
            {t('periodFrom')}{' '}
            <input
              type="date"
              value={choice.start}
              aria-invalid={error !== null}
              onChange={(e) => onChange({ ...choice, start: e.currentTarget.value })}
            />
          </label>
          <label>
            {t('periodTo')}{' '}
            <input
              type="date"
              value={choice.end}
              aria-invalid={error !== null}
              onChange={(e) => onChange({ ...choice, end: e.currentTarget.value })}
            />
          </label>
        </span>
      ) : null}
      {error ? (
        <p class="message message-warn" role="alert">
          {t(error === 'order' ? 'periodErrOrder' : 'periodErrMissing')}
        </p>
      ) : bounds ? (
        <p class="period-range" aria-live="polite">
          {t('periodRange', formatDay(bounds.first, lang, now), formatDay(bounds.last, lang, now))}
        </p>
      ) : null}
    </div>
  );
}
