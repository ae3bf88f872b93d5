import { expect, test } from '../support/extension';
import { storedRows, whenReady } from '../support/seed';

/**
 * A rep who installed the first version has schema v1 (events in their own
 * store). This builds that database with plain IndexedDB, as v1 of the
 * extension left it, then opens the popup: Dexie upgrades it in the real
 * browser and the pipeline and each lead's history are intact.
 */
const DAY = 86_400_000;
const T0 = Date.UTC(2026, 9, 1, 9);
const lead = (id: string, name: string, stage: string, status: string, email: string) => ({
  id,
  kind: 'person',
  name,
  email,
  source: 'linkedin',
  stage,
  status,
  currency: 'EUR',
  value: 1200,
  createdAt: T0,
  updatedAt: T0 + 3 * DAY,
  stageChangedAt: T0 + 3 * DAY,
});
const V1_LEADS = [
  lead('a', 'Ana Gil', 'interest', 'open', 'ana@example.com'),
  lead('b', 'Bruno Paz', 'decision', 'won', 'bruno@example.com'),
];
const ev = (leadId: string, from: string | null, to: string, toStatus: string, at: number) => ({
  leadId,
  fromStage: from,
  toStage: to,
  fromStatus: from === null ? null : 'open',
  toStatus,
  at,
});
const V1_EVENTS = [
  ev('a', null, 'awareness', 'open', T0),
  ev('b', null, 'awareness', 'open', T0),
  ev('b', 'awareness', 'decision', 'open', T0 + DAY),
  ev('a', 'awareness', 'interest', 'open', T0 + 3 * DAY),
  ev('b', 'decision', 'decision', 'won', T0 + 3 * DAY),
];

test('a v1 database is upgraded in place: every lead and its history survive', async ({
  openExtensionPage,
}) => {
  const blank = await openExtensionPage('bench-blank.html');
  const buildV1 = () =>
    blank.evaluate(
      ({ leads, events }) =>
        new Promise<void>((resolve, reject) => {
          const del = indexedDB.deleteDatabase('embudo');
          del.onerror = () => reject(del.error);
          del.onsuccess = () => {
            // Dexie stores version N as N × 10: this is what v1 of the extension created.
            const open = indexedDB.open('embudo', 10);
            open.onupgradeneeded = () => {
              const db = open.result;
              const l = db.createObjectStore('leads', { keyPath: 'id' });
              for (const i of ['name', 'stage', 'status', 'source', 'createdAt', 'updatedAt'])
                l.createIndex(i, i);
              l.createIndex('[status+stage+stageChangedAt]', ['status', 'stage', 'stageChangedAt']);
              l.createIndex('linkedinUrl', 'linkedinUrl', { unique: true });
              l.createIndex('email', 'email', { unique: true });
              const e = db.createObjectStore('stageEvents', { keyPath: 'id', autoIncrement: true });
              e.createIndex('leadId', 'leadId');
              db.createObjectStore('reviews', { keyPath: 'id' }).createIndex('at', 'at');
              db.createObjectStore('meta', { keyPath: 'key' });
              for (const row of leads) l.add(row);
              for (const row of events) e.add(row);
            };
            open.onerror = () => reject(open.error);
            open.onsuccess = () => {
              open.result.close();
              resolve();
            };
          };
        }),
      { leads: V1_LEADS, events: V1_EVENTS },
    );
  // The service worker opens the database at start-up (badge count). On a busy machine it can
  // reopen it at v2 between our delete and our v1 open: that VersionError means "try again".
  for (let attempt = 1; ; attempt++) {
    const failure = await buildV1().then(
      () => null,
      (err: Error) => err,
    );
    if (!failure) break;
    if (attempt >= 5 || !/VersionError/.test(failure.message)) throw failure;
  }

  const popup = await whenReady(await openExtensionPage('popup.html'));
  const version = await popup.evaluate(
    () =>
      new Promise<{ version: number; stores: string[] }>((resolve) => {
        const req = indexedDB.open('embudo');
        req.onsuccess = () => {
          const { version, objectStoreNames } = req.result;
          resolve({ version, stores: [...objectStoreNames] });
          req.result.close();
        };
      }),
  );
  expect(version).toEqual({ version: 50, stores: ['leads', 'meta', 'reviews', 'teamDocs', 'teamReps'] });
  const rows = await storedRows<{ id: string; events: { toStage: string; at: number }[] }>(popup, 'leads');
  expect(rows.find((r) => r.id === 'a')?.events.map((e) => e.toStage)).toEqual(['awareness', 'interest']);
  expect(rows.find((r) => r.id === 'b')?.events.map((e) => e.toStage)).toEqual([
    'awareness',
    'decision',
    'decision',
  ]);

  // What the rep sees: the open lead in its stage with its history, the won deal in Won.
  await expect(popup.locator('[data-stage="interest"] .lead-name')).toHaveText(['Ana Gil']);
  await popup.locator('.lead-row', { hasText: 'Ana Gil' }).click();
  const history = popup.locator('.timeline > li');
  await expect(history).toHaveCount(2);
  // Newest first.
  await expect(history.nth(0)).toContainText('Awareness → Interest');
  await expect(history.nth(1)).toContainText('Added in Awareness');
});
