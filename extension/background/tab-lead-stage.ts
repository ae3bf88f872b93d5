import { tabLeadKey } from '../../shared/capture/tab-lead-key';
import type { Lead } from '../../shared/model/lead';
import { resolveProcess } from '../../shared/process/resolve-settings';
import type { EmbudoDb } from '../data/db';
import { getLead } from '../data/leads/lead-queries';
import { matchCandidate } from '../data/leads/likely-match';
import { leadWithLinkedinUrl } from '../data/leads/tab-lead-query';
import { readSettings } from '../data/settings/settings-read';
import { t, uiLang } from '../ui/i18n';
import { captureTab, type InjectCapture } from './capture-tab';

/** What the in-page button shows for its own page: the lead's stage in words, or null for no lead. */
export type TabLeadStageResponse = { stage: string | null };

async function leadOfTab(db: EmbudoDb, tab: { id: number; url?: string }, inject: InjectCapture) {
  const key = tabLeadKey(tab.url);
  if (!key) return undefined;
  if (key.by === 'linkedin') return leadWithLinkedinUrl(db, key.url);
  // A webmail message names its sender only in the page: read it as a capture would, save nothing.
  const res = await captureTab(tab.id, inject, (c) => matchCandidate(db, c));
  return res.ok && res.existingLeadId ? getLead(db, res.existingLeadId) : undefined;
}

function stageWords(lead: Lead, stageName: (s: Lead['stage']) => string): string {
  if (lead.status === 'won') return t('groupWon');
  return lead.status === 'lost' ? t('lostAt', stageName(lead.stage)) : stageName(lead.stage);
}

/**
 * The stage of the lead the sender's own tab belongs to (the tab comes from
 * the sender, never from the message), in the team's stage names: the in-page
 * button says it instead of a plain "Capture".
 */
export async function tabLeadStage(
  db: EmbudoDb,
  tab: { id?: number; url?: string } | undefined,
  inject: InjectCapture,
): Promise<TabLeadStageResponse> {
  if (tab?.id === undefined) return { stage: null };
  const lead = await leadOfTab(db, { id: tab.id, url: tab.url }, inject);
  if (!lead) return { stage: null };
  const process = resolveProcess(await readSettings(db));
  return { stage: stageWords(lead, (s) => process.stageName(s, uiLang())) };
}
