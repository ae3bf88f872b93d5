import { describe, expect, it } from 'vitest';
import { loadModel } from '../../../playbook-site/load-model';
import { escapeHtml, html, SafeHtml, trustedHtml } from '../../../playbook-site/render/html';
import { renderPage } from '../../../playbook-site/render/page';
import type { StageDefinition } from '../../../shared/process/stages';
import { parse } from './parse-html';

const HOSTILE = `<script>alert(1)</script><img src=x onerror="alert(2)">' "&`;

describe('escapeHtml and the html template', () => {
  it('escapes the five characters that matter in text and quoted attributes', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe(
      '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;',
    );
  });

  it('escapes every interpolated value unless it is SafeHtml', () => {
    const out = html`<p title="${HOSTILE}">${HOSTILE}${html`<b>${HOSTILE}</b>`}</p>`;
    expect(out).toBeInstanceOf(SafeHtml);
    expect(out.value).not.toContain('<script');
    expect(out.value).not.toContain('<img');
    expect(out.value).toContain('<b>&lt;script&gt;');
    const p = parse(out.value).querySelector('p');
    expect(p?.getAttribute('title')).toBe(HOSTILE);
    expect(p?.textContent).toBe(HOSTILE + HOSTILE);
  });

  it('joins arrays, drops null/undefined/false, keeps 0', () => {
    expect(html`${['<a>', html`<b></b>`]}|${null}${undefined}${false}|${0}`.value).toBe(
      '&lt;a&gt;<b></b>||0',
    );
  });

  it('lets only explicitly trusted markup through raw', () => {
    expect(html`${trustedHtml('<i>x</i>')}`.value).toBe('<i>x</i>');
  });
});

describe('the rendered page with hostile definitions', () => {
  const model = loadModel('/nonexistent');
  const stages: StageDefinition[] = model.stages.map((s, i) =>
    i === 0
      ? {
          ...s,
          name: { en: HOSTILE, es: HOSTILE },
          checklist: [{ id: 'x"><script>', text: { en: HOSTILE, es: HOSTILE } }],
        }
      : s,
  );
  const metrics = model.metrics.map((m, i) => (i === 0 ? { ...m, name: { en: HOSTILE, es: HOSTILE } } : m));

  for (const lang of ['en', 'es'] as const) {
    it(`renders them as text (${lang})`, () => {
      const page = renderPage({ lang, model: { ...model, stages, metrics }, negotiate: false });
      const doc = parse(page);
      // Only the page's own scripts exist, all files: the language picker and playbook.js.
      expect([...doc.querySelectorAll('script')].map((s) => s.getAttribute('src') ?? 'inline')).toEqual([
        'lang.js',
        'playbook.js',
      ]);
      expect(doc.querySelectorAll('img').length).toBe(0);
      expect(doc.querySelector('#stage-awareness h3')?.textContent).toContain(HOSTILE);
      expect(doc.querySelector(`#metric-${model.metrics[0]?.id} h3`)?.textContent).toBe(HOSTILE);
      const box = doc.querySelector('#stage-awareness input[type=checkbox]');
      expect(box?.getAttribute('data-item')).toBe('x"><script>');
    });
  }
});
