/** What a spreadsheet column can be imported as; `null` in a mapping means "ignore this column". */
export const CSV_FIELDS = [
  'id',
  'name',
  'firstName',
  'lastName',
  'email',
  'company',
  'headline',
  'location',
  'industry',
  'linkedinUrl',
  'website',
  'source',
  'stage',
  'status',
  'lostReason',
  'value',
  'currency',
  'nextStep',
  'nextStepDue',
  'notes',
  'kind',
  'painPointIds',
  'decisionHelperIds',
] as const;
export type CsvField = (typeof CSV_FIELDS)[number];
export type CsvMapping = (CsvField | null)[];

/** `Correo electrónico` → `correoelectronico`: headers compared without case, accents or punctuation. */
export function normalizeHeader(header: string): string {
  return header
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

/**
 * Header names recognised per field: our own export, HubSpot's and Pipedrive's
 * exports (`Person - Name` → `personname`), LinkedIn Sales Navigator, and the
 * Spanish a rep would type. Compared after `normalizeHeader`.
 */
const ALIASES: Record<CsvField, string[]> = {
  id: ['embudoid'],
  name: ['name', 'fullname', 'personname', 'contactname', 'nombre', 'nombrecompleto', 'contacto', 'persona'],
  firstName: ['firstname', 'givenname', 'first', 'nombredepila'],
  lastName: ['lastname', 'surname', 'familyname', 'last', 'apellidos', 'apellido'],
  email: [
    'email',
    'emailaddress',
    'personemail',
    'primaryemail',
    'mail',
    'correo',
    'correoelectronico',
    'email1',
  ],
  company: [
    'companyname',
    'company',
    'organization',
    'organisation',
    'organizationname',
    'accountname',
    'empresa',
    'compania',
    'organizacion',
  ],
  headline: ['jobtitle', 'title', 'headline', 'position', 'role', 'cargo', 'puesto', 'titular'],
  location: ['location', 'city', 'ubicacion', 'ciudad', 'localidad'],
  industry: ['industry', 'organizationindustry', 'sector', 'industria'],
  linkedinUrl: ['linkedinurl', 'linkedin', 'linkedinprofile', 'linkedinprofileurl', 'perfildelinkedin'],
  website: ['websiteurl', 'website', 'web', 'url', 'sitioweb', 'paginaweb'],
  source: ['source', 'leadsource', 'origen', 'fuente'],
  stage: ['stage', 'dealstage', 'etapa', 'fase'],
  status: ['status', 'dealstatus', 'estado'],
  lostReason: ['lostreason', 'motivodeperdida', 'motivoperdida', 'razondeperdida'],
  value: ['value', 'dealvalue', 'amount', 'valor', 'importe'],
  currency: ['currency', 'dealcurrency', 'moneda', 'divisa'],
  nextStep: ['nextstep', 'siguientepaso', 'proximopaso'],
  nextStepDue: ['nextstepdue', 'nextstepdate', 'fechadelsiguientepaso', 'fechasiguientepaso'],
  notes: ['notes', 'note', 'notas', 'nota', 'comments', 'comentarios', 'observaciones'],
  kind: ['kind', 'tipo'],
  painPointIds: ['painpoints', 'painpoint', 'problemas', 'puntosdedolor'],
  decisionHelperIds: ['decisionhelpers', 'whathelpeddecide', 'queayudoadecidir', 'ayudasaladecision'],
};

const FIELD_BY_ALIAS = new Map<string, CsvField>(
  CSV_FIELDS.flatMap((f) => ALIASES[f].map((a) => [a, f] as const)),
);

/**
 * A first guess at the mapping, which the rep then checks: each field goes to
 * the first column whose header names it. A `Nombre` next to `Apellidos` is a
 * first name, not a full one.
 */
export function suggestMapping(headers: readonly string[]): CsvMapping {
  const used = new Set<CsvField>();
  const mapping = headers.map((h) => {
    const field = FIELD_BY_ALIAS.get(normalizeHeader(h));
    if (!field || used.has(field)) return null;
    used.add(field);
    return field;
  });
  if (used.has('lastName') && used.has('name') && !used.has('firstName')) {
    const at = mapping.indexOf('name');
    mapping[at] = 'firstName';
  }
  return mapping;
}

/** The mapping's problems the rep must fix before rows are checked. */
export function mappingProblem(mapping: CsvMapping): 'no-name' | 'duplicate-field' | undefined {
  const fields = mapping.filter((f): f is CsvField => f !== null);
  if (new Set(fields).size !== fields.length) return 'duplicate-field';
  if (!fields.some((f) => f === 'name' || f === 'firstName' || f === 'lastName')) return 'no-name';
  return undefined;
}
