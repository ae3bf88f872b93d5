import type { Lang } from '../../../shared/process/stage-list';
import { type TagItem, tagLabel } from '../../../shared/process/why-buy-lists';
import { normalizeHeader } from './csv-mapping';

/** Picked items in one cell: labels (or ids) separated by ";" (labels cannot hold one). */
const SEPARATOR = ';';

/** A lead's picked ids as a cell: their labels in the export's language. */
export function tagCell(ids: readonly string[] | undefined, items: readonly TagItem[], lang: Lang): string {
  return (ids ?? []).map((id) => tagLabel(items, id, lang)).join(`${SEPARATOR} `);
}

/**
 * A cell back into ids: each piece matches an item's id or its label in
 * either language (without case or accents), removed items included. A piece
 * that matches nothing is returned as text, for the free-text field, so an
 * import never drops what a spreadsheet said.
 */
export function readTagCell(
  cell: string,
  items: readonly TagItem[],
): { ids: string[] | undefined; unknown: string | undefined } {
  const ids: string[] = [];
  const unknown: string[] = [];
  for (const piece of cell.split(SEPARATOR)) {
    const text = piece.trim();
    if (!text) continue;
    const key = normalizeHeader(text);
    const item = items.find(
      (i) => i.id === text || normalizeHeader(i.label.en) === key || normalizeHeader(i.label.es) === key,
    );
    if (!item) unknown.push(text);
    else if (!ids.includes(item.id)) ids.push(item.id);
  }
  return {
    ids: ids.length ? ids : undefined,
    unknown: unknown.length ? unknown.join(`${SEPARATOR} `) : undefined,
  };
}
