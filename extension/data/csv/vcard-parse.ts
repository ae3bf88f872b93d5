/**
 * vCard files (`.vcf`) as Gmail (Google Contacts), Outlook and phones export
 * them: one or many cards, versions 2.1, 3.0 and 4.0. Pure: text in, one plain
 * contact per card out. What a card holds that a lead has no field for (phones)
 * goes to its notes; the CSV flow then checks and writes them like sheet rows.
 */

interface VCardContact {
  /** 1-based position of the card in the file: how problems point at it. */
  card: number;
  name: string;
  email?: string;
  company?: string;
  title?: string;
  location?: string;
  linkedinUrl?: string;
  website?: string;
  notes?: string;
}

interface Property {
  name: string;
  params: Record<string, string>;
  value: string;
}

/** Folded lines (a continuation starts with a space or tab) joined back; v2.1 soft breaks too. */
function unfold(text: string): string[] {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const out: string[] = [];
  for (const line of lines) {
    const last = out.length - 1;
    if (/^[ \t]/.test(line) && last >= 0) out[last] += line.slice(1);
    // Quoted-printable lines end in "=" when the value goes on.
    else if (last >= 0 && /QUOTED-PRINTABLE/i.test(out[last] as string) && /=$/.test(out[last] as string))
      out[last] = (out[last] as string).slice(0, -1) + line;
    else out.push(line);
  }
  return out;
}

/** `ITEM1.EMAIL;TYPE=INTERNET,WORK;CHARSET=UTF-8:value` → name, params, raw value. */
function parseLine(line: string): Property | undefined {
  const colon = line.search(/:(?=(?:[^"]*"[^"]*")*[^"]*$)/);
  if (colon < 0) return undefined;
  const [head = '', ...rawParams] = line.slice(0, colon).split(';');
  const params: Record<string, string> = {};
  for (const p of rawParams) {
    const [k, v] = p.split('=');
    // v2.1 writes bare types ("EMAIL;WORK;INTERNET").
    if (k) params[(v === undefined ? 'TYPE' : k).toUpperCase()] = (v ?? k).replace(/^"|"$/g, '');
  }
  return { name: (head.split('.').pop() ?? '').toUpperCase(), params, value: line.slice(colon + 1) };
}

/** Quoted-printable bytes (`=C3=B1`) decoded in the card's charset (UTF-8 unless it says otherwise). */
function quotedPrintable(value: string, charset = 'utf-8'): string {
  const bytes: number[] = [];
  for (let i = 0; i < value.length; i++) {
    const hex = value.slice(i + 1, i + 3);
    if (value[i] === '=' && /^[0-9A-F]{2}$/i.test(hex)) {
      bytes.push(Number.parseInt(hex, 16));
      i += 2;
    } else bytes.push(value.charCodeAt(i) & 0xff);
  }
  try {
    return new TextDecoder(charset).decode(new Uint8Array(bytes));
  } catch {
    return new TextDecoder('utf-8').decode(new Uint8Array(bytes));
  }
}

/** Splits on unescaped `sep` and undoes `\,` `\;` `\n` `\\`. */
function components(value: string, sep: ';' | ','): string[] {
  const parts = value.split(new RegExp(`(?<!\\\\)${sep}`));
  return parts.map((p) =>
    p
      .replace(/\\n/gi, '\n')
      .replace(/\\([,;:\\])/g, '$1')
      .trim(),
  );
}

function text(p: Property): string {
  const raw = /QUOTED-PRINTABLE/i.test(p.params.ENCODING ?? '')
    ? quotedPrintable(p.value, p.params.CHARSET)
    : p.value;
  return raw;
}

export function parseVCards(input: string): VCardContact[] {
  const cards: Property[][] = [];
  let current: Property[] | undefined;
  for (const line of unfold(input.replace(/^\uFEFF/, ''))) {
    const prop = parseLine(line);
    if (!prop) continue;
    if (prop.name === 'BEGIN' && /^vcard$/i.test(prop.value.trim())) current = [];
    else if (prop.name === 'END' && current) {
      cards.push(current);
      current = undefined;
    } else current?.push(prop);
  }
  return cards.map((props, i) => contactOf(props, i + 1));
}

function contactOf(props: Property[], card: number): VCardContact {
  const first = (name: string) => props.find((p) => p.name === name);
  const all = (name: string) => props.filter((p) => p.name === name);
  const fn = first('FN');
  // N is "Family;Given;Additional;Prefix;Suffix".
  const [family = '', given = '', extra = ''] = components(
    text(first('N') ?? { name: 'N', params: {}, value: '' }),
    ';',
  );
  const name =
    (fn ? components(text(fn), ';').join(' ') : '') || [given, extra, family].filter(Boolean).join(' ');
  const urls = all('URL').map((p) => components(text(p), ';').join(''));
  const linkedinUrl = urls.find((u) => /linkedin\.com\/in\//i.test(u));
  const adr = first('ADR');
  // ADR is "PO box;Extended;Street;Locality;Region;Postal code;Country".
  const place = adr ? components(text(adr), ';') : [];
  const phones = all('TEL')
    .map((p) => components(text(p), ';').join(' '))
    .filter(Boolean);
  const note = first('NOTE');
  const notes = [
    phones.length ? `Tel: ${phones.join(', ')}` : '',
    note ? components(text(note), ';').join(' ') : '',
  ]
    .filter(Boolean)
    .join('\n');
  const email = all('EMAIL')
    .map((p) => text(p).trim())
    .find(Boolean);
  return {
    card,
    name: name.trim(),
    email: email || undefined,
    company:
      components(text(first('ORG') ?? { name: 'ORG', params: {}, value: '' }), ';')
        .filter(Boolean)
        .join(', ') || undefined,
    title: first('TITLE')
      ? components(text(first('TITLE') as Property), ';').join(' ') || undefined
      : undefined,
    location: [place[3], place[4], place[6]].filter(Boolean).join(', ') || undefined,
    linkedinUrl,
    website: urls.find((u) => u !== linkedinUrl) || undefined,
    notes: notes || undefined,
  };
}
