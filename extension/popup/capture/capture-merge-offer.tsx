import './capture-merge-offer.css';
import type { LikelyMatch } from '../../../shared/capture/messages';
import { t } from '../../ui/i18n';
import { stageName } from '../settings-store';

/** "Name (Company)": who the look-alike lead is, in words the rep recognises. */
function who(m: LikelyMatch): string {
  return m.company ? `${m.name} (${m.company})` : m.name;
}

/** The offer's sentence: where that lead stands, open or closed. */
function mergeOfferText(m: LikelyMatch): string {
  if (m.status === 'won') return t('mergeOfferWon', who(m));
  if (m.status === 'lost') return t('mergeOfferLost', who(m), stageName(m.stage));
  return t('mergeOffer', who(m), stageName(m.stage));
}

export const MERGE_BUTTON_ID = 'merge-offer-merge';

type Props = {
  match: LikelyMatch;
  busy: boolean;
  onMerge: () => void;
  onKeepNew: () => void;
};

/**
 * A capture that matched no lead by LinkedIn URL or email, but looks like one
 * by name and company: the rep decides, and either choice saves.
 */
export function MergeOffer({ match, busy, onMerge, onKeepNew }: Props) {
  return (
    <fieldset class="merge-offer">
      <legend>{mergeOfferText(match)}</legend>
      <div class="actions">
        <button id={MERGE_BUTTON_ID} type="button" class="primary" disabled={busy} onClick={onMerge}>
          {t('mergeIntoLead')}
        </button>
        <button type="button" disabled={busy} onClick={onKeepNew}>
          {t('keepAsNewLead')}
        </button>
      </div>
    </fieldset>
  );
}
