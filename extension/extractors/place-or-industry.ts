import type { Found } from './candidate-builder';

/**
 * LinkedIn's company top card shows the industry and the headquarters as bare
 * lines, in an order that changes with the tab and the layout, and both may hold
 * commas ("Technology, Information and Internet" / "Murcia, Región de Murcia").
 * So each line is read by what it says, not by where it sits.
 */

/** Words industries are made of (LinkedIn's list, English and the UI languages we read). */
const INDUSTRY_WORD =
  /\b(?:servic|serviç|dienstleist|manufactur|fabrica|herstell|develop|desarroll|technolog|tecnolog|internet|software|informa|consult|retail|wholesale|venta|comercio|minorist|health|sanit|salud|hospital|medic|médic|pharma|farmac|biotech|financ|banking|banca|insuranc|seguros|invest|inversi|accounting|contab|legal|jurídic|media|medios|publish|editor|edici|broadcast|entertain|marketing|advertis|publicidad|design|diseñ|architect|arquitect|construc|engineer|ingenier|real estate|inmobil|transport|logist|logíst|shipping|freight|truck|airline|aerolín|aviation|aviaci|aerospace|automo|energ|utilities|renewable|environment|ambiental|farming|ranching|agricult|agríc|agropec|ganad|food|aliment|beverage|bebida|restaurant|hospitality|hostel|travel|viajes|touris|turism|leisure|ocio|sport|deport|fitness|wellness|education|educaci|enseñan|research|government|gobierno|administra|non-?profit|philanthrop|fundrais|staffing|recruit|human resources|recursos humanos|telecom|computer|comput|electr|semiconductor|security|seguridad|defen|chemical|químic|plastic|plástic|textile|textil|apparel|fashion|moda\b|furniture|mueble|mining|minería|metal|steel|machinery|maquinar|equipment|equipos|printing|packag|embalaj|goods|product|wine|vino|brewer|distiller|dairy|lácte|fisher|pesca\b|pesquer|gambling|museum|music|música|film|gaming|video|outsourc|translat|photograph|event|veterinar|dental|nursing|appliance|cosmetic|personal care|household|warehous|maritime|wireless|oil\b|gas\b)/i;
/** Small words a place name may hold in lower case ("Región de Murcia", "Newcastle upon Tyne"). */
const PLACE_PARTICLE =
  /^(?:de|del|la|las|los|el|y|e|do|da|dos|das|di|du|des|le|les|van|von|der|den|am|an|im|upon|on|the|of|and|sur|en|au|aux|al|d'.+|l'.+)$/;

export type LineKind = 'place' | 'industry' | undefined;

/** 'industry', 'place', or undefined when the words alone cannot tell. */
export function placeOrIndustry(line: string): LineKind {
  if (!line || /\d/.test(line) || line.length > 120) return undefined;
  // "Appliances, Electrical, and Electronics Manufacturing": a list ending in "and" is no address.
  if (INDUSTRY_WORD.test(line) || /,\s+(?:and|y|e|et|und)\s/i.test(line)) return 'industry';
  const words = line.split(/[\s,/]+/).filter(Boolean);
  // Industries in a Spanish or Portuguese UI are lower case after the first word; place names are not.
  if (words.some((w) => /^\p{Ll}/u.test(w) && !PLACE_PARTICLE.test(w))) return 'industry';
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
