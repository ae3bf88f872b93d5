import type { CaptureTabResponse } from '../../../shared/capture/messages';
import { tabLeadKey } from '../../../shared/capture/tab-lead-key';
import { getDb } from '../../data/db';
import { getLead } from '../../data/leads/lead-queries';
import { leadWithLinkedinUrl } from '../../data/leads/tab-lead-query';
import { sendToBackground, targetTabId } from '../ui/send';
import { tabLead } from './tab-lead-state';

/** The lead id the capture script's reading of a tab points to (a webmail message's sender). */
async function leadIdFromPage(tabId: number): Promise<string | undefined> {
  const res = await sendToBackground<CaptureTabResponse>({ type: 'capture-tab', tabId });
  return res.ok ? res.existingLeadId : undefined;
}

/**
 * Finds the lead the active tab belongs to: by URL when the URL says it (a
 * LinkedIn profile: one index read), by the capture script's reading only for
 * an open webmail message, and not at all for other pages. Run after the
 * first paint; a failure leaves the card away and the popup as it was.
 */
export async function lookUpTabLead(): Promise<void> {
  // Read by the e2e test that checks the look-up starts after the pipeline is on screen.
  performance.mark('tab-lead-lookup');
  try {
    const tabId = await targetTabId();
    if (tabId === undefined) return;
    const tab = await browser.tabs.get(tabId);
    const key = tabLeadKey(tab.url);
    if (!key) return;
    const db = getDb();
    if (key.by === 'linkedin') {
      tabLead.value = (await leadWithLinkedinUrl(db, key.url)) ?? null;
      return;
    }
    const id = await leadIdFromPage(tabId);
    tabLead.value = (id && (await getLead(db, id))) || null;
  } catch (err) {
    console.warn('[embudo] no lead look-up for this tab:', err);
  } finally {
    // Says the look-up is over (found or not), so a test can tell "no card" from "not yet".
    document.documentElement.dataset.tabLeadLookup = 'done';
  }
}

/** Reads the card's lead again after the rep acted on it (moved, closed, set its next step, deleted). */
export async function refreshTabLead(id: string): Promise<void> {
  tabLead.value = (await getLead(getDb(), id)) ?? null;
}
