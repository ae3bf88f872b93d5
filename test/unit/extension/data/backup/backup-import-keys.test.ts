import { describe, expect, it } from 'vitest';
import { leadKeys, resolveLeads } from '../../../../../extension/data/backup/import-keys';
import type { Lead } from '../../../../../shared/model/lead';

const lead = (id: string, email?: string, linkedinUrl?: string) => ({ id, email, linkedinUrl }) as Lead;

describe('resolveLeads: no two leads end up with one dedupe key', () => {
  it('tags keys so an email never equals a URL', () => {
    expect(leadKeys({ email: 'a@x.es', linkedinUrl: 'https://www.linkedin.com/in/a/' })).toEqual([
      'li:https://www.linkedin.com/in/a/',
      'em:a@x.es',
    ]);
    expect(leadKeys({})).toEqual([]);
  });

  it('lets a key move between two leads updated together', () => {
    const stored = [lead('A', 'a@x.es'), lead('B', 'b@x.es')];
    const r = resolveLeads([lead('A', 'b@x.es'), lead('B', 'c@x.es')], stored);
    expect([...r.accepted].sort()).toEqual(['A', 'B']);
    expect(r.clashes.size).toBe(0);
  });

  it('holds back a lead taking a key another stored lead keeps, naming that lead', () => {
    const stored = [lead('A', 'a@x.es'), lead('B', 'b@x.es')];
    const r = resolveLeads(
      [lead('A', 'b@x.es'), lead('N', undefined, 'https://www.linkedin.com/in/n/')],
      stored,
    );
    expect([...r.accepted]).toEqual(['N']);
    expect(r.clashes.get('A')?.id).toBe('B');
  });

  it('follows the chain: a held-back update keeps its old key, which then blocks another lead', () => {
    const stored = [lead('A', 'a@x.es'), lead('B', 'b@x.es')];
    const r = resolveLeads([lead('X', 'a@x.es'), lead('A', 'b@x.es')], stored);
    expect(r.accepted.size).toBe(0);
    expect(Object.fromEntries([...r.clashes].map(([k, v]) => [k, v.id]))).toEqual({ A: 'B', X: 'A' });
  });
});
