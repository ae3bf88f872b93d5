import { render } from 'preact';
import { App } from '../../popup/app';
import { showScreen } from '../../popup/navigation-store';
import { loadPipeline, setFullView } from '../../popup/pipeline/pipeline-store';
import { SCREENS } from '../../popup/screens';
import { loadSettingsFast } from '../../popup/settings-store';
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

// Settings (stage names, language) and the pipeline are read in parallel; the
// app draws once the language is known, so no string changes under the rep's eyes.
setFullView(mode.full);
// `?screen=review` (the review reminder's notification) opens straight on that screen.
const wanted = SCREENS.find((s) => s.id === new URLSearchParams(location.search).get('screen'));
if (wanted) showScreen(wanted.id);
const pipelineLoaded = loadPipeline(mode.full);
loadSettingsFast()
  .catch((err) => console.warn('[embudo] settings unreadable, using defaults', err))
  .finally(() => {
    render(<App mode={mode} />, document.getElementById('app') as HTMLElement);
    void pipelineLoaded;
  });
