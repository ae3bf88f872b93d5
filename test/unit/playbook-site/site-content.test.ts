import { beforeAll, describe, expect, it } from 'vitest';
import { PAGE_BUDGET_GZIP } from '../../../playbook-site/size-report';
import { METRIC_DEFINITIONS } from '../../../shared/metrics/metric-definitions';
import { PROBLEM_DEFINITIONS } from '../../../shared/metrics/problem-definitions';
import { DEFAULT_SETTINGS } from '../../../shared/model/settings';
import { resolveProcess } from '../../../shared/process/resolve-settings';
import { LANGS, STAGE_IDS } from '../../../shared/process/stage-list';
import { DEFAULT_LOST_REASONS, STAGES } from '../../../shared/process/stages';
import { DEFAULT_DECISION_HELPERS, DEFAULT_PAIN_POINTS } from '../../../shared/process/why-buy-lists';
import { buildToTemp } from './built-site';
import { parse } from './parse-html';

let site: Awaited<ReturnType<typeof buildToTemp>>;
const docs: Record<string, Document> = {};

beforeAll(async () => {
  site = await buildToTemp();
  for (const file of ['en.html', 'es.html', 'index.html']) docs[file] = parse(site.page(file));
}, 60_000);

const doc = (lang: string) => docs[`${lang}.html`] as Document;
const text = (d: Document, selector: string) =>
  d.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const process = resolveProcess(DEFAULT_SETTINGS);

describe.each(LANGS)('the built %s page', (lang) => {
  it('is in its language', () => {
    expect(doc(lang).documentElement.lang).toBe(lang);
  });

  it('has every stage with its name, meaning, criteria, checklist and defaults', () => {
    expect(STAGES.map((s) => s.id)).toEqual(STAGE_IDS);
    for (const stage of STAGES) {
      const section = doc(lang).getElementById(`stage-${stage.id}`);
      expect(section, stage.id).not.toBeNull();
      const body = section?.textContent?.replace(/\s+/g, ' ') ?? '';
      expect(text(doc(lang), `#stage-${stage.id} h3`)).toContain(stage.name[lang]);
      for (const t of [stage.meaning, ...stage.entry, ...stage.exit]) expect(body).toContain(t[lang]);
      for (const item of stage.checklist) {
        expect(text(doc(lang), `label[for="check-${item.id}"]`)).toBe(item.text[lang]);
      }
      expect(body).toContain(`${process.stallDays[stage.id]} ${lang === 'es' ? 'días' : 'days'}`);
      // Spanish writes a (non-breaking) space before %; the text above has whitespace collapsed.
      const pct = `${Math.round(process.winProbability[stage.id] * 100)}${lang === 'es' ? ' %' : '%'}`;
      expect(body).toContain(pct);
    }
  });

  it('has every metric, with all of its definition', () => {
    expect(METRIC_DEFINITIONS.length).toBeGreaterThanOrEqual(10);
    for (const m of METRIC_DEFINITIONS) {
      expect(text(doc(lang), `#metric-${m.id} h3`), m.id).toBe(m.name[lang]);
      const body = text(doc(lang), `#metric-${m.id}`);
      for (const part of [m.formula, m.counts, m.excludes, m.reading])
        expect(body).toContain(part[lang].replace(/\s+/g, ' '));
    }
  });

  it('has every problem with its rule and what to do', () => {
    for (const p of PROBLEM_DEFINITIONS) {
      expect(text(doc(lang), `#problem-${p.id} h3`), p.id).toBe(p.name[lang]);
      const body = text(doc(lang), `#problem-${p.id}`);
      expect(body).toContain(p.rule[lang]);
      expect(body).toContain(p.action[lang]);
    }
  });

  it('lists the default lost reasons', () => {
    const body = text(doc(lang), '#lost-reasons');
    for (const r of DEFAULT_LOST_REASONS) expect(body).toContain(r[lang]);
  });

  it('lists the pain points in Interest and the decision helpers in Consideration', () => {
    const interest = text(doc(lang), '#stage-interest [data-tag-list="painPoints"]');
    for (const i of DEFAULT_PAIN_POINTS) expect(interest).toContain(i.label[lang]);
    const consideration = text(doc(lang), '#stage-consideration [data-tag-list="decisionHelpers"]');
    for (const i of DEFAULT_DECISION_HELPERS) expect(consideration).toContain(i.label[lang]);
  });

  it('links every stage, metric and problem from the table of contents', () => {
    const hrefs = [...doc(lang).querySelectorAll('#toc a')].map((a) => a.getAttribute('href'));
    const anchors = [
      ...STAGE_IDS.map((id) => `#stage-${id}`),
      ...METRIC_DEFINITIONS.map((m) => `#metric-${m.id}`),
      ...PROBLEM_DEFINITIONS.map((p) => `#problem-${p.id}`),
      ...[
        '#pipeline',
        '#stages',
        '#metrics',
        '#problems',
        '#review',
        '#roles',
        '#team-review',
        '#extension',
        '#privacy',
      ],
    ];
    for (const a of anchors) expect(hrefs, a).toContain(a);
    for (const h of hrefs)
      expect(doc(lang).getElementById((h as string).slice(1)), h as string).not.toBeNull();
  });

  it('has unique ids', () => {
    const ids = [...doc(lang).querySelectorAll('[id]')].map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('loads nothing from outside the site, talks only to its own server or HTTPS, no module scripts', () => {
    const d = doc(lang);
    const urls = [...d.querySelectorAll('[src], link[href]')].map(
      (e) => e.getAttribute('src') ?? e.getAttribute('href') ?? '',
    );
    for (const u of urls) expect(u, u).not.toMatch(/^(https?:)?\/\//);
    expect(d.querySelector('script[type=module]')).toBeNull();
    expect(d.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content')).toContain(
      "connect-src 'self' https:;",
    );
  });

  it('offers both languages as plain links', () => {
    const links = [...doc(lang).querySelectorAll('.lang-switch a')].map((a) => a.getAttribute('href'));
    expect(links).toEqual(['en.html', 'es.html']);
  });
});

describe('the build', () => {
  it('index.html is the English page that negotiates the language', () => {
    expect(docs['index.html']?.documentElement.hasAttribute('data-negotiate')).toBe(true);
    expect(doc('en').documentElement.hasAttribute('data-negotiate')).toBe(false);
    expect(text(docs['index.html'] as Document, 'main')).toBe(text(doc('en'), 'main'));
  });

  it('keeps every page within the gzipped budget, and the team review out of it', () => {
    for (const p of site.sizes.pages) expect(p.gzip, p.page).toBeLessThan(PAGE_BUDGET_GZIP);
    expect(site.sizes.withinBudget).toBe(true);
    const base = site.sizes.files.find((f) => f.file === 'playbook.js');
    expect(base?.gzip).toBeLessThan(4 * 1024);
    expect(site.page('playbook.js')).not.toContain('uPlot');
    expect(site.page('team-review.js')).toContain('createTeamReview');
  });

  it('shows a labelled placeholder for a missing screenshot, never a broken image', () => {
    for (const img of doc('en').querySelectorAll('.shot img')) {
      expect(img.getAttribute('src')).toMatch(/^assets\/screenshots\/[a-z0-9-]+\.png$/);
    }
    for (const ph of doc('en').querySelectorAll('.shot-missing .shot-placeholder')) {
      expect(ph.getAttribute('role')).toBe('img');
      expect(ph.getAttribute('aria-label')?.length).toBeGreaterThan(10);
    }
    expect(doc('en').querySelectorAll('.shot').length).toBe(3);
  });
});
