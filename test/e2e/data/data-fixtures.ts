import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect } from '../support/extension';

const T0 = Date.UTC(2026, 10, 2, 9);

/** A small valid backup; `over` changes leads by index (e.g. a hostile name). */
export function makeBackup(count: number, over: Record<number, Record<string, unknown>> = {}) {
  const leads = Array.from({ length: count }, (_, i) => ({
    id: `e2e-${i}`,
    kind: 'person',
    name: `Lucía Campos ${i}`,
    company: 'Logística Sur',
    email: `lucia${i}@ejemplo.es`,
    linkedinUrl: `https://www.linkedin.com/in/lucia-campos-${i}/`,
    source: 'linkedin',
    stage: 'interest',
    status: 'open',
    currency: 'EUR',
    value: 1000 + i,
    createdAt: T0 + i,
    updatedAt: T0 + 1000 + i,
    stageChangedAt: T0 + 1000 + i,
    ...over[i],
  }));
  const stageEvents = leads.flatMap((l, i) => [
    {
      id: 2 * i + 1,
      leadId: l.id,
      fromStage: null,
      toStage: 'awareness',
      fromStatus: null,
      toStatus: 'open',
      at: T0 + i,
    },
    {
      id: 2 * i + 2,
      leadId: l.id,
      fromStage: 'awareness',
      toStage: 'interest',
      fromStatus: 'open',
      toStatus: 'open',
      at: T0 + 1000 + i,
    },
  ]);
  return {
    format: 'embudo-backup',
    version: 1,
    exportedAt: new Date(T0 + 5000).toISOString(),
    leads,
    stageEvents,
    reviews: [],
    settings: { capacity: 30 },
  };
}

export const jsonFile = (name: string, data: unknown) => ({
  name,
  mimeType: 'application/json',
  buffer: Buffer.from(typeof data === 'string' ? data : JSON.stringify(data)),
});

export const fixtureFile = (name: string, mimeType = 'text/csv') => ({
  name,
  mimeType,
  buffer: readFileSync(`test/fixtures/bad-files/${name}`),
});

/** Fails the test if any page script runs alert/confirm/prompt: hostile data must never execute. */
export function forbidDialogs(page: Page): void {
  page.on('dialog', async (d) => {
    await d.dismiss();
    expect(`dialog "${d.message()}"`).toBe('no dialog');
  });
}

/** Imports a backup through the data page and waits for it to land. */
export async function importBackup(page: Page, data: unknown): Promise<void> {
  await page.getByTestId('backup-file').setInputFiles(jsonFile('backup.json', data));
  await page
    .getByTestId('backup-preview')
    .getByRole('button', { name: /^(import|importar)$/i })
    .click();
  await expect(page.getByTestId('backup-imported')).toBeVisible();
}
