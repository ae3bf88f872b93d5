import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXTRACTORS, extractPage } from '../../../../extension/extractors/registry';
import { CandidateSchema } from '../../../../shared/capture/candidate';
import { compareCase, findCases, loadDocument } from './fixture-cases';

// Every saved page is parsed once (the LinkedIn ones are ~0.5 MB) and shared by both suites.
const cases = findCases();
const results = new Map(
  cases.map((c) => {
    const { candidate, errors } = extractPage(loadDocument(c), c.url);
    return [c.name, { candidate, errors }] as const;
  }),
);
const resultOf = (name: string) => results.get(name) ?? { candidate: null, errors: [] };

describe('fixture corpus (test/fixtures/pages, rules in its README)', () => {
  it('has cases for every source', () => {
    const sites = new Set(cases.map((c) => c.name.split('/')[0]));
    expect([...sites].sort()).toEqual(['gmail', 'linkedin', 'outlook', 'web']);
  });

  for (const c of cases) {
    it(`${c.name} → ${c.expect ? `${c.expect.kind} "${c.expect.name}"` : 'nothing'}`, () => {
      const { candidate, errors } = resultOf(c.name);
      expect(errors).toEqual([]);
      expect(compareCase(c.expect, candidate)).toEqual([]);
      if (candidate) expect(() => CandidateSchema.parse(candidate)).not.toThrow();
    });
  }
});

describe('extractor conventions', () => {
  const extractorsWithIds = EXTRACTORS.map((ex) => ex.id);

  it('extractor ids are unique and versions positive integers', () => {
    expect(new Set(extractorsWithIds).size).toBe(EXTRACTORS.length);
    for (const ex of EXTRACTORS) expect(Number.isInteger(ex.version) && ex.version > 0, ex.id).toBe(true);
  });

  it('every extractor has a fixture case whose URL it matches and that it produces', () => {
    for (const ex of EXTRACTORS) {
      const produced = cases.filter(
        (c) => ex.matches(new URL(c.url)) && resultOf(c.name).candidate?.provenance.extractor.id === ex.id,
      );
      expect(produced.length, `${ex.id} has no fixture it produces`).toBeGreaterThan(0);
    }
  });

  it('every fixture case is matched by some extractor, or expects nothing', () => {
    for (const c of cases) {
      const matched = EXTRACTORS.some((ex) => ex.matches(new URL(c.url)));
      expect(matched || c.expect === null, `${c.name} is matched by no extractor`).toBe(true);
    }
  });

  it('every expected candidate comes from an extractor that matches its URL', () => {
    for (const c of cases.filter((x) => x.expect)) {
      const id = resultOf(c.name).candidate?.provenance.extractor.id;
      const ex = EXTRACTORS.find((e) => e.id === id);
      expect(ex?.matches(new URL(c.url)), c.name).toBe(true);
    }
  });

  it('each extractor names its selectors at the top, paired with fixtures that exist', () => {
    const names = new Set(cases.map((c) => c.name.split('/')[1] as string));
    for (const ex of EXTRACTORS) {
      const src = readFileSync(
        join(import.meta.dirname, `../../../../extension/extractors/${ex.id}.ts`),
        'utf8',
      );
      const sel = /const SEL = \{([\s\S]*?)\} as const;/.exec(src)?.[1];
      expect(sel, `${ex.id}.ts has no SEL block`).toBeTruthy();
      // Comment lines in the block name the fixtures (or `prefix-*` groups) each selector must match.
      const comments = (sel ?? '').split('\n').filter((l) => l.trim().startsWith('//'));
      const tokens = comments.flatMap((l) => l.match(/[a-z0-9]+(?:-[a-z0-9]+)+(?:-\*)?/g) ?? []);
      const ok = tokens.filter((t) =>
        t.endsWith('-*') ? [...names].some((n) => n.startsWith(t.slice(0, -1))) : names.has(t),
      );
      for (const t of tokens.filter((x) => x.endsWith('-*')))
        expect(ok, `${ex.id}.ts names a fixture group that does not exist: ${t}`).toContain(t);
      expect(ok.length, `${ex.id}.ts SEL comments name no fixture`).toBeGreaterThan(0);
    }
  });
});
