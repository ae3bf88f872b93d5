import { SettingsSchema } from '../../../shared/model/settings';
import { ANSWERS } from '../../unit/extension/popup/metrics/small-pipeline';
import { expect, test } from '../support/extension';
import { makeLead, seed } from '../support/seed';
import { popupWith } from './metrics-fixture';

// Chromium's API objects, inside the browser.
declare const chrome: {
  action: { getBadgeText: (d: object) => Promise<string> };
  alarms: { get: (name: string) => Promise<{ name: string } | undefined> };
  runtime: { sendMessage: (m: object) => Promise<unknown> };
};

test('the toolbar badge shows the problem count, and the alarms are set', async ({
  openExtensionPage,
  worker,
}) => {
  const page = await popupWith(openExtensionPage);
  await page.evaluate(() => chrome.runtime.sendMessage({ type: 'refresh-badge' }));
  expect(await worker.evaluate(() => chrome.action.getBadgeText({}))).toBe(ANSWERS.badge);
  expect(await worker.evaluate(() => chrome.alarms.get('embudo-badge'))).toMatchObject({
    name: 'embudo-badge',
  });
  expect(await worker.evaluate(() => chrome.alarms.get('embudo-review'))).toMatchObject({
    name: 'embudo-review',
  });
});

test('a capture saved by the background recounts the badge by itself', async ({
  openExtensionPage,
  worker,
}) => {
  const page = await openExtensionPage('popup.html');
  // One open lead in Awareness, whose limit is 1: no problem yet.
  await seed(page, {
    leads: [makeLead({ id: 'only', name: 'Only Lead', updatedAt: Date.now(), stageChangedAt: Date.now() })],
    meta: [{ key: 'settings', value: SettingsSchema.parse({ stageLimits: { awareness: 1 } }) }],
  });
  await page.evaluate(() => chrome.runtime.sendMessage({ type: 'refresh-badge' }));
  expect(await worker.evaluate(() => chrome.action.getBadgeText({}))).toBe('');
  const saved = await page.evaluate(() =>
    chrome.runtime.sendMessage({
      type: 'save-candidate',
      candidate: {
        kind: 'person',
        name: 'Second Lead',
        source: 'web',
        email: 'second@example.com',
        provenance: {
          pageUrl: 'https://example.com/team',
          capturedAt: Date.now(),
          extractor: { id: 'web-contact', version: 1 },
          confidence: { name: 1 },
        },
      },
    }),
  );
  expect(saved).toMatchObject({ ok: true, created: true });
  // Two open leads in Awareness now: over its limit, a pipeline finding.
  await expect.poll(() => worker.evaluate(() => chrome.action.getBadgeText({}))).toBe('1');
});
