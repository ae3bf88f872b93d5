// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { whyBuySection } from '../../../../playbook-site/client/team-review/render-why-buy';
import { analyse } from '../../../../shared/metrics/analyse';
import { resolvePeriod } from '../../../../shared/metrics/period';
import { reportJson } from '../../../../shared/metrics/report-json';
import { reportText } from '../../../../shared/metrics/report-text';
import { rate } from '../../../../shared/metrics/stats';
import type { WhyBuyFigure } from '../../../../shared/metrics/why-buy';
import { SettingsSchema } from '../../../../shared/model/settings';
import { formatPercent } from '../../../../shared/present/figures';
import { whyBuyTables } from '../../../../shared/present/why-buy-tables';
import { resolveProcess } from '../../../../shared/process/resolve-settings';
import { LANGS } from '../../../../shared/process/stage-list';
import { EVENTS, LEADS, NOW, ZONE } from '../metrics/reference-dataset';

/** A share as the engine gives it: the rate with its counts. */
const share = rate;
// The figure of why-buy.test.ts's dataset, with a renamed and a removed item in the team's lists.
const FIGURE: WhyBuyFigure = {
  painPoints: {
    opportunities: 3,
    tagged: 3,
    winRate: share(1, 3),
    rows: [
      { id: 'manual-reporting', opportunities: 3, won: 1, lost: 1, winRate: share(1, 3) },
      { id: 'gone-item', opportunities: 1, won: 1, lost: 0, winRate: share(1, 1) },
    ],
  },
  decisionHelpers: {
    won: 2,
    lost: 3,
    wonWithout: 1,
    lostWithout: 1,
    rows: [{ id: 'demo', won: share(1, 2), lost: share(1, 3) }],
  },
  lostByStage: [
    {
      stage: 'interest',
      lost: 3,
      share: 1,
      reasons: [
        { reason: 'Price', count: 2 },
        { reason: null, count: 1 },
      ],
    },
  ],
};
const SETTINGS = SettingsSchema.parse({
  painPoints: [
    { id: 'manual-reporting', label: { en: 'Reports by hand', es: 'Informes manuales' } },
    { id: 'gone-item', label: { en: 'Old pain', es: 'Problema antiguo' }, removed: true },
  ],
});
const process = resolveProcess(SETTINGS);

describe.each(LANGS)('why they buy in words (%s)', (lang) => {
  const tables = whyBuyTables(FIGURE, {
    lang,
    stageName: (s) => process.stageName(s, lang),
    painPoints: process.painPoints,
    decisionHelpers: process.decisionHelpers,
  });

  it('labels ids with the team’s names, a removed item under its last one, and shows shares with their counts', () => {
    const [pains, helpers, lost] = tables;
    expect(pains?.rows.map((r) => r[0])).toEqual(
      lang === 'en'
        ? ['Reports by hand', 'Old pain', 'All opportunities']
        : ['Informes manuales', 'Problema antiguo', 'Todas las oportunidades'],
    );
    expect(pains?.rows[0]?.slice(1, 3)).toEqual(['3', '1']);
    expect(helpers?.rows[0]).toEqual(
      lang === 'en'
        ? ['Demo', '1 of 2 (50%)', '1 of 3 (33%)']
        : [
            'Demostración',
            `1 de 2 (${formatPercent(1 / 2, 'es')})`,
            `1 de 3 (${formatPercent(1 / 3, 'es')})`,
          ],
    );
    expect(helpers?.notes.join(' ')).toMatch(lang === 'en' ? /not cause/ : /no causa/);
    expect(lost?.rows[0]?.[0]).toBe(process.stageName('interest', lang));
    expect(lost?.rows[0]?.[3]).toBe(lang === 'en' ? 'Price 2, no reason given 1' : 'Price 2, sin motivo 1');
  });

  it('prints the same cells in the report and the team review', () => {
    const period = resolvePeriod({ start: '2026-01-01', end: '2026-01-31' }, NOW, ZONE);
    const { report, problems } = analyse({
      leads: LEADS,
      events: EVENTS,
      settings: SETTINGS,
      period,
      now: NOW,
      zone: ZONE,
    });
    const withFigure = { ...report, whyBuy: FIGURE };
    const cli = reportText({ report: withFigure, problems, leads: LEADS, process, lang, files: [] });
    const section = whyBuySection(withFigure, SETTINGS, {}, lang);
    const cells = [...section.querySelectorAll('td')].map((td) => td.textContent);
    for (const tb of tables) {
      for (const row of tb.rows) {
        expect(cli).toContain(`    ${row.join(' | ')}`);
        for (const c of row) expect(cells).toContain(c);
      }
      for (const note of tb.notes) expect(section.textContent).toContain(note);
    }
    const json = reportJson({ report: withFigure, problems, files: [], settings: SETTINGS });
    expect(json.lists.painPoints).toEqual(SETTINGS.painPoints);
  });
});
