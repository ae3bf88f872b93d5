import { render } from 'preact';
import { App } from '../../popup/app';
import { loadDatabaseCode } from '../../popup/lazy-database';
import { showScreen } from '../../popup/navigation-store';
import { seedCachedFormats } from '../../popup/pipeline/first-screen-cache';
import { loadPipeline, setFullView, showCachedPipeline } from '../../popup/pipeline/pipeline-store';
import { SCREENS } from '../../popup/screens';
import { loadSettingsFast, showCachedSettings } from '../../popup/settings-store';
import { parseViewMode } from '../../popup/view-mode';
import '../../popup/popup.css';
import '../../popup/pipeline/pipeline.css';

// The same page is the toolbar popup and, with `?view=full`, the app in a tab.
const mode = parseViewMode(location.search);
document.documentElement.classList.toggle('full-view', mode.full);
// Opened in a tab or window of any width (not the toolbar popup, which takes the body's 440 px
// as its size): the layout follows the window instead, never wider than it (popup.css).
document.documentElement.classList.toggle(
  'in-tab',
  !browser.extension.getViews({ type: 'popup' }).includes(window),
);

setFullView(mode.full);
// `?screen=review` (the review reminder's notification) opens straight on that screen.
const wanted = SCREENS.find((s) => s.id === new URLSearchParams(location.search).get('screen'));
if (wanted) showScreen(wanted.id);
const draw = () => render(<App mode={mode} />, document.getElementById('app') as HTMLElement);
const readSettings = () =>
  loadSettingsFast().catch((err) => console.warn('[embudo] settings unreadable, using defaults', err));

/** After the frame that shows the first render; a hidden tab draws no frames, so a timer too. */
function afterFirstFrame(run: () => void): void {
  let started = false;
  const start = () => {
    if (started) return;
    started = true;
    setTimeout(run);
  };
  requestAnimationFrame(start);
  setTimeout(start, 500);
}

seedCachedFormats();
// The first screen as the last open left it (first-screen-cache.ts), when it can stand in for the
// real read. Known before anything waits: without it (first open, a copy older than COPY_MAX_DAYS)
// the database's code (Dexie) starts loading at once; with it, after the first frame (lazy-database.ts).
const pipelineCopied = showCachedPipeline(mode.full);
if (!pipelineCopied) void loadDatabaseCode();
// A copy that cannot be applied (its language's messages unreadable) is no copy: read the database.
const cachedSettings = showCachedSettings().catch(() => false);
void cachedSettings.then((cached) => {
  if (cached && pipelineCopied) {
    // Drawn before the database is open; the real reads start once that frame is up and
    // replace it if it changed.
    draw();
    afterFirstFrame(() => {
      void readSettings();
      void loadPipeline(mode.full);
    });
    return;
  }
  // Settings (stage names, language) and the pipeline are read in parallel; the
  // app draws once the language is known, so no string changes under the rep's eyes. (A pipeline
  // copy without a settings copy is drawn only until that read replaces it, as with both.)
  const pipelineLoaded = loadPipeline(mode.full);
  void readSettings().finally(() => {
    draw();
    void pipelineLoaded;
  });
});
