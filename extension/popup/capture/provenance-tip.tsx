import { t } from '../../ui/i18n';

/** How sure an extractor was of a value: below 0.6 (or unknown) counts as low. */
export function confidenceLevel(c: number | undefined): 'high' | 'medium' | 'low' {
  if (c === undefined) return 'low';
  return c >= 0.9 ? 'high' : c >= 0.6 ? 'medium' : 'low';
}

const WORD = { high: 'confidenceHigh', medium: 'confidenceMedium', low: 'confidenceLow' } as const;

interface Props {
  /** Id of the tooltip; the field's input names it in aria-describedby too. */
  id: string;
  extractor: string;
  confidence: number | undefined;
}

/**
 * Where a captured value came from, as one small mark beside its label: the
 * words show on hover and on keyboard focus (and are read with the field);
 * only a low-confidence value is marked as a warning.
 */
export function ProvenanceTip({ id, extractor, confidence }: Props) {
  const level = confidenceLevel(confidence);
  return (
    <span class="prov-wrap">
      <button type="button" class={`prov prov-${level}`} aria-describedby={id}>
        <span aria-hidden="true">{level === 'low' ? '!' : 'i'}</span>
        <span class="visually-hidden">{t('provenanceButton')}</span>
      </button>
      <span role="tooltip" id={id} class="tip">
        {t('provenance', extractor, t(WORD[level]))}
      </span>
    </span>
  );
}
