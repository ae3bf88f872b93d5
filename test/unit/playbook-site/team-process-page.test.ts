import { describe, expect, it } from 'vitest';
import { teamProcessPage } from '../../../playbook-site/client/team-process/team-process-page';
import { processSource } from '../../../playbook-site/client/team-process-source';
import { parse } from './parse-html';

const HOSTILE = `<img src=x onerror="alert(1)">`;

/** A `process` document as a lead's browser writes it, with markup wherever a team may type text. */
const hostileDoc = {
  _id: 'process',
  type: 'process',
  owner: 'lia',
  updatedAt: Date.UTC(2026, 11, 3, 12),
  settings: {
    stageNames: { en: { interest: HOSTILE }, es: { interest: 'Enganchado' } },
    stallDays: { interest: 3 },
    capacity: 40,
    reviewCadenceDays: 12,
    opportunityStage: 'interest',
    lostReasons: [`${HOSTILE} price`, 'Timing'],
    painPoints: [{ id: 'p-evil', label: { en: `</li><script>alert(2)</script>`, es: 'Dolor' } }],
    stageCriteria: {
      decision: {
        exit: [{ en: `${HOSTILE} signed`, es: 'Firmado' }],
        checklist: [{ id: 'decision-legal', text: { en: 'Send to legal', es: 'Enviar a legal' } }],
      },
    },
  },
};

function render(doc: unknown, lang: 'en' | 'es') {
  const out = teamProcessPage(doc, lang);
  if (!out.ok) throw new Error(out.reason);
  return { page: parse(out.page), notice: parse(out.notice) };
}

describe("the team's live process → the playbook's HTML", () => {
  it('renders every part the process decides, hostile text as text', () => {
    const { page, notice } = render(hostileDoc, 'en');
    expect(page.querySelector('img[onerror]')).toBeNull();
    // Only the page's own two scripts, both files of the site.
    expect([...page.querySelectorAll('script')].map((s) => s.getAttribute('src'))).toEqual([
      'lang.js',
      'playbook.js',
    ]);
    expect(page.querySelector('#stage-interest-title')?.textContent).toContain(HOSTILE);
    expect(page.querySelector('#toc a[href="#stage-interest"]')?.textContent).toBe(HOSTILE);
    expect(page.querySelector('#stage-interest .facts dd')?.textContent).toBe('3 days');
    expect(page.querySelector('#stage-interest .badge')).not.toBeNull();
    expect(page.querySelector('#stage-interest [data-tag-list="painPoints"] li')?.textContent).toBe(
      '</li><script>alert(2)</script>',
    );
    // The team's criteria and checklist replace the built-in ones; the entry criteria stay built-in.
    expect(
      [...page.querySelectorAll('#stage-decision .criteria div:last-child li')].map((li) => li.textContent),
    ).toEqual([`${HOSTILE} signed`]);
    expect(page.querySelector('#stage-decision .criteria li')?.textContent).toBe(
      'The proposal is under review by the decision makers.',
    );
    expect([...page.querySelectorAll('[data-checklist="decision"] [data-item]')].map((i) => i.id)).toEqual([
      'check-decision-legal',
    ]);
    expect(page.querySelector('#lost-reasons li')?.textContent).toBe(`${HOSTILE} price`);
    expect(page.querySelector('#review')?.textContent).toContain('Every 12 days');
    expect(page.querySelector('#quality-over-quantity')?.textContent).toContain('40');
    expect(notice.querySelector('#team-process-notice')?.textContent).toMatch(
      /Set by your team \(lia, .*2026\)/,
    );
  });

  it('names stages in the reader’s language', () => {
    const { page, notice } = render(hostileDoc, 'es');
    expect(page.querySelector('#stage-interest-title')?.textContent).toContain('Enganchado');
    expect(notice.body.textContent).toContain('Definido por tu equipo (lia');
  });

  it('refuses a document this version cannot read, and says why', () => {
    expect(teamProcessPage({ ...hostileDoc, settings: { stallDays: { interest: -1 } } }, 'en')).toMatchObject(
      {
        ok: false,
      },
    );
    expect(teamProcessPage('<p>not a doc</p>', 'en')).toMatchObject({ ok: false });
  });
});

describe('where a page finds its live process', () => {
  it('asks the extension, reads the team server it is published on, or keeps its own', () => {
    expect(
      processSource({ protocol: 'chrome-extension:', origin: 'null', pathname: '/playbook/en.html' }),
    ).toEqual({ kind: 'extension' });
    expect(
      processSource({
        protocol: 'https:',
        origin: 'https://couch.example.com',
        pathname: '/sales%20team/_design/embudo-playbook/en.html',
      }),
    ).toEqual({ kind: 'server', url: 'https://couch.example.com/sales%20team/process' });
    expect(
      processSource({ protocol: 'https:', origin: 'https://x.example', pathname: '/en.html' }),
    ).toBeNull();
    expect(processSource({ protocol: 'file:', origin: 'null', pathname: '/tmp/en.html' })).toBeNull();
  });
});
