import type { Found } from './candidate-builder';

/**
 * LinkedIn's company top card shows the industry and the headquarters as bare
 * lines, in an order that changes with the tab and the layout, and both may hold
 * commas ("Technology, Information and Internet" / "Murcia, Región de Murcia").
 * So each line is read by what it says, not by where it sits.
 */

/**
 * Stems of the words LinkedIn's industry names are made of (English, and the
 * Spanish single words the lower-case rule below cannot catch). Kept short: it
 * ships in the capture script, and the position of a line decides the rest.
 */
const INDUSTRY_WORD =
  /\b(?:servic|manufact|fabrica|develop|tecno|technol|internet|software|consult|retail|wholesale|venta|health|sanit|hospital|pharma|financ|bank|banca|insur|seguros|invest|accounting|legal|media|publish|marketing|advert|design|construc|engineer|ingenier|estate|inmobil|transport|logist|logíst|aviation|automo|energ|farm|agricult|food|aliment|restaurant|hospitali|touris|turism|educa|research|profit|philanthrop|staffing|telecom|electr|product)/i;
type LineKind = 'place' | 'industry' | undefined;

/** 'industry', 'place', or undefined when the words alone cannot tell. */
export function placeOrIndustry(line: string): LineKind {
  if (!line || /\d/.test(line) || line.length > 120) return undefined;
  // "Hospitals and Health Care", "Oil and Gas": LinkedIn joins most industry names with "and";
  // a place rarely does ("Trinidad and Tobago" is the price).
  if (INDUSTRY_WORD.test(line) || /\s(?:and|&)\s/i.test(line)) return 'industry';
  const words = line.split(/[\s,/]+/).filter(Boolean);
  // Industries in a Spanish or Portuguese UI are lower case after the first word; place names
  // are not, but for short particles ("Región de Murcia", "Newcastle upon Tyne").
  if (words.some((w) => /^\p{Ll}{5}/u.test(w))) return 'industry';
  return line.split(',').length <= 4 ? 'place' : undefined;
}

export interface TopLine {
  text: string;
  /** Where the line sits says what it usually is: beside the follower count, the headquarters. */
  hint: 'place' | 'industry' | undefined;
  confidence: number;
}

/** Industry and headquarters from a top card's lines, each read by what it says. */
export function placeAndIndustry(lines: TopLine[]): { industry?: Found; location?: Found } {
  const out: { industry?: Found; location?: Found } = {};
  for (const { text, hint, confidence } of lines) {
    let kind = placeOrIndustry(text);
    // One capitalised word where the industry sits ("Philanthropy") is the industry.
    if (kind === 'place' && hint === 'industry' && !text.includes(',')) kind = 'industry';
    if (/\d/.test(text)) continue;
    kind ??= hint;
    if (kind === 'industry') out.industry ??= [text, confidence];
    else if (kind === 'place') out.location ??= [text, confidence];
  }
  return out;
}
