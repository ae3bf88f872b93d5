import { useEffect } from 'preact/hooks';
import { t } from '../ui/i18n';
import { CaptureButton, CapturePanel } from './capture/capture-panel';
import { TabLeadSlot } from './lead/tab-lead-slot';
import {
  addingLead,
  closeLead,
  currentScreen,
  openLeadId,
  type ScreenId,
  startAddingLead,
  stopAddingLead,
} from './navigation-store';
import { PipelineScreen } from './pipeline/pipeline-screen';
import { SCREENS } from './screens';
import { settings } from './settings-store';
import { isTyping } from './ui/keys';
import { Lazy } from './ui/lazy';
import { NoticeBar } from './ui/notice-bar';
import { ScreenNav } from './ui/screen-nav';
import { fullViewQuery, type ViewMode } from './view-mode';

const loadDetail = () => import('./lead/lead-detail');
const loadAddLead = () => import('./lead/add-lead');

async function openFullView(mode: ViewMode, screen?: ScreenId): Promise<void> {
  const tabId = mode.tabId ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
  const query = fullViewQuery(tabId) + (screen ? `&screen=${screen}` : '');
  await browser.tabs.create({ url: browser.runtime.getURL('/popup.html') + query });
  // The toolbar popup gives way to the tab; the app already open in a tab stays.
  if (!(await browser.tabs.getCurrent())) window.close();
}

function Content({ mode }: { mode: ViewMode }) {
  const leadId = openLeadId.value;
  if (addingLead.value) return <Lazy load={loadAddLead} props={{ onClose: stopAddingLead }} />;
  if (leadId) return <Lazy load={loadDetail} props={{ id: leadId, onClose: closeLead }} />;
  const screen = SCREENS.find((s) => s.id === currentScreen.value);
  if (screen?.load) return <Lazy load={screen.load} props={{}} />;
  return <PipelineScreen full={mode.full} />;
}

export function App({ mode }: { mode: ViewMode }) {
  useEffect(() => {
    // "/" jumps to Find from anywhere on the pipeline, as in many web apps.
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== '/' || isTyping(e.target)) return;
      const find = document.getElementById('find-text');
      if (find) {
        e.preventDefault();
        find.focus();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);
  useEffect(() => {
    // After the first paint, and without the sync code in the first screen's bundle.
    void import('./team/team-membership').then((m) => m.checkTeamMembership());
  }, []);
  // Strings come from the i18n API, not from signals: a change of language redraws everything.
  return (
    <div class={mode.full ? 'app full' : 'app'} key={settings.value.language}>
      <header class="app-header">
        <h1>Embudo</h1>
        <div class="header-actions">
          <CaptureButton />
          <button type="button" onClick={startAddingLead}>
            {t('addLead')}
          </button>
          {mode.full ? null : (
            <button type="button" onClick={() => void openFullView(mode)}>
              {t('openInTab')}
            </button>
          )}
        </div>
      </header>
      <ScreenNav openInTab={mode.full ? undefined : (screen) => void openFullView(mode, screen)} />
      <main>
        <TabLeadSlot />
        <CapturePanel />
        <NoticeBar />
        <Content mode={mode} />
      </main>
    </div>
  );
}
