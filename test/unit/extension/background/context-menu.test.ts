import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { onMenuClick } from '../../../../extension/background/context-menu';
import { type EmbudoDb, openDb } from '../../../../extension/data/db';
import { rowOf } from '../../../../extension/data/leads/lead-rows';
import type { Lead } from '../../../../shared/model/lead';

const laura: Lead = {
  id: 'laura',
  kind: 'person',
  name: 'Laura Campos',
  company: 'Ejemplo Industrial',
  email: 'laura.campos@ejemplo-industrial.es',
  source: 'email',
  stage: 'decision',
  status: 'open',
  currency: 'EUR',
  createdAt: 1,
  updatedAt: 1,
  stageChangedAt: 1,
};

let db: EmbudoDb;
let n = 0;
beforeEach(async () => {
  db = openDb(`menu-${n++}`);
  await db.open();
  await db.leads.add(rowOf(laura, []));
});
afterEach(async () => {
  await db.delete();
});

describe('"Capture as prospect" on text the page chose', () => {
  it('a selection naming a lead’s e-mail under another name does not rename the lead', async () => {
    const res = await onMenuClick(db, {
      menuItemId: 'embudo-capture-selection',
      pageUrl: 'https://evil.example/',
      selectionText: 'Mallory Impostor\nJefa de Compras\nlaura.campos@ejemplo-industrial.es',
    });
    expect(res).toMatchObject({ ok: true, created: false, name: 'Laura Campos', kept: ['name'] });
    expect(await db.leads.get('laura')).toMatchObject({ name: 'Laura Campos', headline: 'Jefa de Compras' });
    expect(await db.leads.count()).toBe(1);
  });
});
