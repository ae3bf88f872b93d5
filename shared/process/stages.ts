import type { Bilingual, StageId } from './stage-list';

export interface StageDefinition {
  id: StageId;
  name: Bilingual;
  /** One sentence: where the prospect is in their own buying journey. */
  meaning: Bilingual;
  entry: Bilingual[];
  exit: Bilingual[];
  /** What the rep does while the prospect sits in this stage. Ids are stable: the playbook keeps ticks by them. */
  checklist: { id: string; text: Bilingual }[];
  /** Days without a move or an edit after which an open lead here counts as stalled. */
  stallDays: number;
  /** Chance that a deal in this stage ends won: weights the pipeline value. */
  winProbability: number;
}

// Written for Embudo from the five-stage model in the seed article; the article
// only names the stages, so meanings, criteria and checklists are our own.
export const STAGES: readonly StageDefinition[] = [
  {
    id: 'awareness',
    name: { en: 'Awareness', es: 'Conciencia' },
    meaning: {
      en: 'The prospect has crossed our path but has not shown interest in us yet.',
      es: 'Hemos dado con el prospecto, pero todavía no ha mostrado interés por nosotros.',
    },
    entry: [
      {
        en: 'Captured from a profile, an email or a page, or added by hand.',
        es: 'Capturado desde un perfil, un correo o una página, o añadido a mano.',
      },
    ],
    exit: [
      {
        en: 'The prospect answered, asked a question or accepted a first call.',
        es: 'El prospecto respondió, hizo una pregunta o aceptó una primera llamada.',
      },
    ],
    checklist: [
      {
        id: 'awareness-fit',
        text: {
          en: 'Check the company fits our ideal customer.',
          es: 'Comprobar que la empresa encaja con nuestro cliente ideal.',
        },
      },
      {
        id: 'awareness-source',
        text: { en: 'Record where the lead came from.', es: 'Anotar de dónde viene el lead.' },
      },
      {
        id: 'awareness-first-touch',
        text: { en: 'Send a first, personal message.', es: 'Enviar un primer mensaje personal.' },
      },
    ],
    stallDays: 14,
    winProbability: 0.05,
  },
  {
    id: 'interest',
    name: { en: 'Interest', es: 'Interés' },
    meaning: {
      en: 'The prospect is engaging: replying, reading, asking how we work.',
      es: 'El prospecto participa: responde, lee, pregunta cómo trabajamos.',
    },
    entry: [{ en: 'A reply or a meeting accepted.', es: 'Una respuesta o una reunión aceptada.' }],
    exit: [
      {
        en: 'We know their pain points and they agree to look at a solution.',
        es: 'Conocemos sus problemas y acepta estudiar una solución.',
      },
    ],
    checklist: [
      {
        id: 'interest-pain',
        text: {
          en: 'Write down the pain points in their words.',
          es: 'Escribir sus problemas con sus propias palabras.',
        },
      },
      {
        id: 'interest-how-found',
        text: { en: 'Ask how they found us.', es: 'Preguntar cómo nos encontraron.' },
      },
      {
        id: 'interest-next-step',
        text: { en: 'Agree a next step with a date.', es: 'Acordar un siguiente paso con fecha.' },
      },
    ],
    stallDays: 14,
    winProbability: 0.1,
  },
  {
    id: 'consideration',
    name: { en: 'Consideration', es: 'Consideración' },
    meaning: {
      en: 'A real opportunity: the prospect is weighing our offer against other options.',
      es: 'Una oportunidad real: el prospecto compara nuestra oferta con otras opciones.',
    },
    entry: [
      {
        en: 'A need confirmed, with a budget or a time frame.',
        es: 'Una necesidad confirmada, con presupuesto o plazo.',
      },
    ],
    exit: [
      {
        en: 'A proposal is in their hands and the decision makers are known.',
        es: 'Tiene una propuesta y sabemos quién decide.',
      },
    ],
    checklist: [
      {
        id: 'consideration-value',
        text: { en: 'Estimate the deal value.', es: 'Estimar el valor del trato.' },
      },
      {
        id: 'consideration-deciders',
        text: {
          en: 'Identify who decides and who influences.',
          es: 'Identificar quién decide y quién influye.',
        },
      },
      {
        id: 'consideration-info',
        text: {
          en: 'Learn what information helps them decide.',
          es: 'Averiguar qué información les ayuda a decidir.',
        },
      },
      {
        id: 'consideration-proposal',
        text: {
          en: 'Send a proposal that answers their pain points.',
          es: 'Enviar una propuesta que responda a sus problemas.',
        },
      },
    ],
    stallDays: 21,
    winProbability: 0.25,
  },
  {
    id: 'decision',
    name: { en: 'Decision', es: 'Decisión' },
    meaning: {
      en: 'The prospect is choosing: negotiating terms, checking references, seeking approval.',
      es: 'El prospecto está eligiendo: negocia condiciones, pide referencias, busca aprobación.',
    },
    entry: [
      {
        en: 'The proposal is under review by the decision makers.',
        es: 'Quien decide está revisando la propuesta.',
      },
    ],
    exit: [{ en: 'A signed order or a clear no.', es: 'Un pedido firmado o un no claro.' }],
    checklist: [
      {
        id: 'decision-objections',
        text: { en: 'Answer every open objection.', es: 'Responder a todas las objeciones abiertas.' },
      },
      {
        id: 'decision-close-date',
        text: { en: 'Agree the date of the decision.', es: 'Acordar la fecha de la decisión.' },
      },
      {
        id: 'decision-quality',
        text: { en: 'Rate the lead quality honestly.', es: 'Valorar con honestidad la calidad del lead.' },
      },
    ],
    stallDays: 14,
    winProbability: 0.6,
  },
  {
    id: 'purchase',
    name: { en: 'Purchase', es: 'Compra' },
    meaning: {
      en: 'The prospect bought: the deal is won and the customer relationship begins.',
      es: 'El prospecto compró: el trato está ganado y empieza la relación como cliente.',
    },
    entry: [{ en: 'A signed order or a paid invoice.', es: 'Un pedido firmado o una factura pagada.' }],
    exit: [
      {
        en: 'Handed over to delivery or account management.',
        es: 'Traspasado a entrega o a gestión de cuentas.',
      },
    ],
    checklist: [
      {
        id: 'purchase-handover',
        text: { en: 'Hand the customer over with the notes.', es: 'Traspasar el cliente con las notas.' },
      },
      { id: 'purchase-why-won', text: { en: 'Record why we won.', es: 'Anotar por qué ganamos.' } },
    ],
    stallDays: 30,
    winProbability: 1,
  },
];

/** Why deals are lost; the rep can also type a reason of their own. */
export const DEFAULT_LOST_REASONS: readonly Bilingual[] = [
  { en: 'Price', es: 'Precio' },
  { en: 'Chose a competitor', es: 'Eligió a la competencia' },
  { en: 'No budget', es: 'Sin presupuesto' },
  { en: 'Bad timing', es: 'No era el momento' },
  { en: 'No reply', es: 'Sin respuesta' },
  { en: 'Not a fit', es: 'No encaja' },
];

export function stageDefinition(id: StageId): StageDefinition {
  const def = STAGES.find((s) => s.id === id);
  if (!def) throw new Error(`unknown stage ${id}`);
  return def;
}
