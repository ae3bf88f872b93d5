import './chip-picker.css';
import { useRef, useState } from 'preact/hooks';

export interface Chip {
  id: string;
  label: string;
  /** Shown after the label (an item the team removed that this lead still has). */
  note?: string;
}

/** Where the arrow keys take focus from chip `at` among `count` chips; null for any other key. */
export function chipKeyTarget(key: string, at: number, count: number): number | null {
  if (key === 'ArrowRight' || key === 'ArrowDown') return (at + 1) % count;
  if (key === 'ArrowLeft' || key === 'ArrowUp') return (at - 1 + count) % count;
  if (key === 'Home') return 0;
  if (key === 'End') return count - 1;
  return null;
}

interface Props {
  /** Used for the group's and the chips' ids. */
  id: string;
  legend: string;
  chips: readonly Chip[];
  picked: readonly string[];
  onChange: (picked: string[]) => void;
}

/**
 * A set of toggle chips, one tab stop for the whole group: Tab reaches it,
 * the arrow keys (and Home, End) move between chips, Space or Enter toggles
 * one. Each chip is a button with aria-pressed, so a screen reader says
 * "pressed" or "not pressed"; the fieldset's legend names the group.
 */
export function ChipPicker({ id, legend, chips, picked, onChange }: Props) {
  const [active, setActive] = useState(0);
  const refs = useRef<(HTMLButtonElement | null)[]>([]);
  const current = Math.min(active, Math.max(0, chips.length - 1));
  const toggle = (chip: string) =>
    onChange(picked.includes(chip) ? picked.filter((p) => p !== chip) : [...picked, chip]);
  return (
    <fieldset class="chip-picker" id={id}>
      <legend class="chip-legend">{legend}</legend>
      <div class="chips">
        {chips.map((chip, i) => {
          const on = picked.includes(chip.id);
          return (
            <button
              key={chip.id}
              ref={(el) => {
                refs.current[i] = el;
              }}
              type="button"
              class="chip"
              data-chip={chip.id}
              aria-pressed={on ? 'true' : 'false'}
              tabIndex={i === current ? 0 : -1}
              onFocus={() => setActive(i)}
              onClick={() => toggle(chip.id)}
              onKeyDown={(e) => {
                const to = chipKeyTarget(e.key, i, chips.length);
                if (to === null) return;
                e.preventDefault();
                setActive(to);
                refs.current[to]?.focus();
              }}
            >
              {chip.label}
              {chip.note ? <span class="chip-note"> ({chip.note})</span> : null}
            </button>
          );
        })}
      </div>
    </fieldset>
  );
}
