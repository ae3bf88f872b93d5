import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { type ExtensionBrowser, launchExtension, timeToMark, waitForMark } from './extension-browser';
import { call } from './page-call';
import { derivedRatio, type FigureResult, runFigure } from './runner';

/**
 * Popup ready (pipeline and headline figures on screen) at 1k, 10k and 100k
 * leads, each ÷ an empty extension page opened in the same page between runs.
 */
export async function popupFigures(
  ext: ExtensionBrowser,
  setup: Page,
  opts: { runs: number; quick: boolean; want: (id: string) => boolean },
): Promise<FigureResult[]> {
  const url = (path: string) => `chrome-extension://${ext.id}/${path}`;
  const figures: FigureResult[] = [];
  const bySize = new Map<number, FigureResult>();
  // The growth figure divides the 100k figure by the 1k one: it needs both.
  const wanted = (n: number) =>
    opts.want(`popup-ready-${n / 1000}k`) || (opts.want('popup-growth') && n !== 10_000);
  for (const n of (opts.quick ? [1000, 10_000] : [1000, 10_000, 100_000]).filter(wanted)) {
    const seeded = await call<{ leads: number; events: number }>(setup, 'seed', n);
    console.log(`seeded ${seeded.leads} leads, ${seeded.events} events`);
    const page = await ext.context.newPage();
    const f = await runFigure(
      {
        id: `popup-ready-${n / 1000}k`,
        label: `popup ready, ${n / 1000}k leads`,
        group: 'popup',
        floor: {
          label: 'blank page',
          measure: () => timeToMark(page, url('bench-blank.html'), 'blank-ready'),
        },
        measure: () => timeToMark(page, url('popup.html'), 'popup-ready'),
        // The first open compiles the code and rebuilds the summary the seeding dropped.
        warmUp: () => timeToMark(page, url('popup.html'), 'popup-ready'),
        target: n === 10_000 ? { ratio: 1.5 } : undefined,
      },
      opts.runs,
    );
    await page.close();
    figures.push(f);
    bySize.set(n, f);
  }
  const big = bySize.get(100_000);
  const small = bySize.get(1000);
  if (big && small && opts.want('popup-growth'))
    figures.push(
      derivedRatio(
        { id: 'popup-growth', label: 'popup ready 100k ÷ 1k', group: 'popup', target: { ratio: 3 } },
        big,
        small,
      ),
    );
  return figures;
}

/**
 * Dates the first screen's copy (first-screen-cache.ts) the day before, in a page of the
 * extension: the popup's next open is then a morning's first, with yesterday's copy.
 */
const AGE_COPY = `(() => {
  const key = 'embudo.first-screen.pipeline';
  const copy = JSON.parse(localStorage.getItem(key));
  if (!copy) throw new Error('the popup kept no copy of its first screen');
  const d = new Date(Date.now() - 86400000);
  const pad = (n) => String(n).padStart(2, '0');
  copy.today = d.getFullYear() + '-' + pad(d.getMonth() + 1) + '-' + pad(d.getDate());
  localStorage.setItem(key, JSON.stringify(copy));
})()`;

/**
 * A browser profile holding `leads` leads, closed: the next launch on it is a
 * browser start. The popup was opened once, which stores the pipeline summary
 * and the first screen's copy, as any earlier use of the popup would have; the
 * copy is dated the day before, as on a morning's first open.
 */
export async function seededColdProfile(
  pageApi: string,
  leads: number,
): Promise<{ profile: string; id: string }> {
  const profile = mkdtempSync(join(tmpdir(), 'embudo-bench-cold-'));
  const first = await launchExtension({ profile });
  const setup = await first.open('bench-blank.html');
  await setup.evaluate(pageApi);
  await call(setup, 'seed', leads);
  await timeToMark(setup, `chrome-extension://${first.id}/popup.html`, 'popup-ready');
  // That open was yesterday: the first open after the browser starts is usually the day's first.
  await setup.evaluate(AGE_COPY);
  await first.close();
  return { profile, id: first.id };
}

/**
 * The first popup after the browser starts: a browser on a profile already
 * holding 10k leads is closed and launched again (fresh service worker,
 * fresh database connection, nothing in memory), then popup.html is opened,
 * as on a morning: the copy of its first screen is the day before's.
 * The floor is the same relaunch opening the blank page.
 */
export async function coldOpenFigure(
  pageApi: string,
  opts: { runs: number; leads?: number },
): Promise<FigureResult> {
  const leads = opts.leads ?? 10_000;
  const { profile, id } = await seededColdProfile(pageApi, leads);
  try {
    const coldOpen = async (path: string, mark: string) => {
      const ext = await launchExtension({ profile, id });
      try {
        const page = await ext.context.newPage();
        const ms = await timeToMark(page, `chrome-extension://${id}/${path}`, mark);
        if (path === 'popup.html') {
          // Its read of the database kept today's copy: dated back, the next run is a morning's too.
          await waitForMark(page, 'pipeline-read');
          await page.evaluate(AGE_COPY);
        }
        return ms;
      } finally {
        await ext.close();
      }
    };
    return await runFigure(
      {
        id: `popup-cold-${leads / 1000}k`,
        label: `popup ready, first open after browser start, ${leads / 1000}k leads`,
        group: 'cold',
        floor: { label: 'blank page, cold', measure: () => coldOpen('bench-blank.html', 'blank-ready') },
        measure: () => coldOpen('popup.html', 'popup-ready'),
        target: { max: 200 },
      },
      opts.runs,
    );
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}

/**
 * The Team screen in a tab, 20 reps × 2k leads synced (this rep's 2k in their
 * pipeline, 38k pulled documents): from navigation to the figures on screen
 * (its `team-ready` mark) ÷ a blank extension page. Target: ≤ 1 s. Re-opened
 * with the records unchanged, the screen draws the view it saved; the second
 * figure forgets that view before each run, as after a sync that brought
 * changes, and times the figures computed from the records (`team-fresh`),
 * also to be ready within 1 s (issue 15).
 */
export async function teamScreenFigures(
  ext: ExtensionBrowser,
  setup: Page,
  opts: { runs: number; want: (id: string) => boolean },
): Promise<FigureResult[]> {
  const seeded = await call<{ leads: number; events: number }>(setup, 'seedTeam', 20, 2000);
  console.log(`seeded a team: ${seeded.leads} leads, ${seeded.events} events`);
  const url = (path: string) => `chrome-extension://${ext.id}/${path}`;
  const page = await ext.context.newPage();
  const screen = url('popup.html?view=full&screen=team');
  const floor = {
    label: 'blank extension page',
    measure: () => timeToMark(page, url('bench-blank.html'), 'blank-ready'),
  };
  const figures: FigureResult[] = [];
  if (opts.want('team-screen-ready')) {
    const open = () => timeToMark(page, screen, 'team-ready');
    const def = { id: 'team-screen-ready', label: 'Team screen ready, 20 reps × 2k leads', group: 'team' };
    figures.push(
      await runFigure({ ...def, floor, measure: open, warmUp: open, target: { max: 1000 } }, opts.runs),
    );
  }
  if (opts.want('team-screen-fresh')) {
    const open = async () => {
      await call(setup, 'forgetTeamView');
      return timeToMark(page, screen, 'team-fresh');
    };
    const def = {
      id: 'team-screen-fresh',
      label: 'Team screen, records changed since, 20 × 2k',
      group: 'team',
    };
    figures.push(
      await runFigure({ ...def, floor, measure: open, warmUp: open, target: { max: 1000 } }, opts.runs),
    );
  }
  await page.close();
  return figures;
}
