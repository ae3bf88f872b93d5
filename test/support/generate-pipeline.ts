import type { Lead } from '../../shared/model/lead';
import type { StageEvent } from '../../shared/model/stage-event';
import { STAGE_IDS, type StageId } from '../../shared/process/stage-list';

/**
 * A seeded, realistic pipeline for benches and tests: leads from several sources
 * over the past year, moving forward with drop-offs, lost reasons, sometimes a
 * skipped stage, about five stage events per lead. Same seed, same data.
 */
export interface GenerateOptions {
  leads: number;
  seed?: number;
  now?: number;
  /** How far back creation dates go, in days. */
  spanDays?: number;
}

const DAY = 86_400_000;
const SOURCES = ['linkedin', 'linkedin', 'linkedin', 'email', 'email', 'web', 'referral', 'manual'] as const;
const LOST_REASONS = ['Price', 'Chose a competitor', 'No budget', 'Bad timing', 'No reply', 'Not a fit'];
const FIRST = [
  'Ana',
  'Luis',
  'Marta',
  'Pedro',
  'Lucía',
  'Javier',
  'Carmen',
  'Diego',
  'Elena',
  'Sofía',
  'Jane',
  'Omar',
];
const LAST = ['García', 'Ruiz', 'Gil', 'Alonso', 'Vidal', 'Ortega', 'Campos', 'Moreno', 'Roe', 'Okafor'];
const COMPANIES = [
  'Acme',
  'Finanzas Norte',
  'Logística Sur',
  'Ejemplo Industrial',
  'Nimbus',
  'Quercus',
  'Tecnia',
];
/** Chance of moving on from each stage (awareness → interest, …, decision → purchase); the rest is a step back, a loss or silence. */
const ADVANCE = [0.55, 0.5, 0.48, 0.42];

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function generatePipeline(opts: GenerateOptions): { leads: Lead[]; stageEvents: StageEvent[] } {
  const rand = mulberry32(opts.seed ?? 42);
  const now = opts.now ?? Date.UTC(2026, 10, 27, 12);
  const span = (opts.spanDays ?? 365) * DAY;
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)] as T;
  const leads: Lead[] = [];
  const stageEvents: StageEvent[] = [];
  let eventId = 1;
  for (let i = 0; i < opts.leads; i++) {
    const id = `gen-${i.toString(36).padStart(6, '0')}`;
    const createdAt = Math.floor(now - rand() * span);
    let t = createdAt;
    let stage: StageId = 'awareness';
    let status: Lead['status'] = 'open';
    let lostReason: string | undefined;
    stageEvents.push({
      id: eventId++,
      leadId: id,
      fromStage: null,
      toStage: stage,
      fromStatus: null,
      toStatus: status,
      at: t,
    });
    for (let n = 0; n < 14 && status === 'open'; n++) {
      const step = t + Math.floor((1 + rand() * 12) * DAY);
      if (step > now) break;
      const at = STAGE_IDS.indexOf(stage);
      const r = rand();
      let to: StageId = stage;
      let toStatus: Lead['status'] = 'open';
      let skipped: StageId[] | undefined;
      const advance = ADVANCE[Math.min(at, 3)] as number;
      if (r < advance) {
        // One move in twenty jumps a stage: the skip the problem list must catch.
        const jump = at < 3 && rand() < 0.05 ? 2 : 1;
        to = STAGE_IDS[at + jump] as StageId;
        if (jump === 2) skipped = [STAGE_IDS[at + 1] as StageId];
        if (to === 'purchase') toStatus = 'won';
      } else if (r < advance + 0.32) {
        if (at === 0) continue; // no answer yet: time passes, nothing moves
        to = STAGE_IDS[at - 1] as StageId; // a step back: the prospect went quiet again
      } else if (r < advance + 0.41) {
        toStatus = 'lost';
        lostReason = pick(LOST_REASONS);
      } else break;
      stageEvents.push({
        id: eventId++,
        leadId: id,
        fromStage: stage,
        toStage: to,
        fromStatus: 'open',
        toStatus,
        at: step,
        ...(skipped ? { skipped } : {}),
        ...(toStatus === 'lost' ? { lostReason } : {}),
      });
      t = step;
      stage = to;
      status = toStatus;
    }
    const name = `${pick(FIRST)} ${pick(LAST)}`;
    const slug = `${name
      .toLowerCase()
      .normalize('NFD')
      .replace(/[^a-z ]/g, '')
      .replace(/ /g, '-')}-${i.toString(36)}`;
    leads.push({
      id,
      kind: 'person',
      name,
      company: pick(COMPANIES),
      headline: 'Head of Purchasing',
      linkedinUrl: `https://www.linkedin.com/in/${slug}/`,
      email: `${slug}@example.com`,
      source: pick(SOURCES),
      stage,
      status,
      ...(lostReason ? { lostReason } : {}),
      value: Math.round(1000 + rand() * 49000),
      currency: 'EUR',
      quality: 1 + Math.floor(rand() * 5),
      ...(rand() < 0.7
        ? { nextStep: 'Follow-up call', nextStepDue: new Date(t + 7 * DAY).toISOString().slice(0, 10) }
        : {}),
      createdAt,
      updatedAt: t,
      stageChangedAt: t,
    });
  }
  return { leads, stageEvents };
}
