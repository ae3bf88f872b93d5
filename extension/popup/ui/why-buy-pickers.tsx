import type { TagField } from '../../../shared/model/contact-fields';
import type { Lead } from '../../../shared/model/lead';
import { TAG_FIELD_OF, TAG_LIST_KEYS, type TagListKey, tagList } from '../../../shared/process/why-buy-lists';
import { type MessageKey, t, uiLang } from '../../ui/i18n';
import { settings } from '../settings-store';
import { type Chip, ChipPicker } from './chip-picker';

/** The ids picked on a form, per lead field. */
export type TagPicks = Record<TagField, string[]>;

export function picksOf(lead?: Partial<Pick<Lead, TagField>>): TagPicks {
  return {
    painPointIds: [...(lead?.painPointIds ?? [])],
    decisionHelperIds: [...(lead?.decisionHelperIds ?? [])],
  };
}

const LEGEND: Record<TagListKey, MessageKey> = {
  painPoints: 'tagPainPointsLegend',
  decisionHelpers: 'tagDecisionHelpersLegend',
};

/**
 * The team's active items, plus any item this form already has that the team
 * has since removed (or never had): shown so the rep can see it and unpick it.
 */
function chipsFor(key: TagListKey, picked: readonly string[]): Chip[] {
  const lang = uiLang();
  const items = tagList(settings.value, key);
  const chips: Chip[] = items.filter((i) => !i.removed).map((i) => ({ id: i.id, label: i.label[lang] }));
  for (const id of picked) {
    if (chips.some((c) => c.id === id)) continue;
    const item = items.find((i) => i.id === id);
    chips.push({ id, label: item?.label[lang] ?? id, note: t('tagRemoved') });
  }
  return chips;
}

/** Both pickers, pain points then decision helpers; `idPrefix` keeps ids unique per screen. */
export function WhyBuyPickers({
  idPrefix,
  picks,
  onChange,
}: {
  idPrefix: string;
  picks: TagPicks;
  onChange: (next: TagPicks) => void;
}) {
  return (
    <div class="why-buy-pickers">
      {TAG_LIST_KEYS.map((key) => {
        const field = TAG_FIELD_OF[key];
        return (
          <ChipPicker
            key={key}
            id={`${idPrefix}-${key}`}
            legend={t(LEGEND[key])}
            chips={chipsFor(key, picks[field])}
            picked={picks[field]}
            onChange={(next) => onChange({ ...picks, [field]: next })}
          />
        );
      })}
    </div>
  );
}
