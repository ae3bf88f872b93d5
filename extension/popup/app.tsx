import { useEffect } from 'preact/hooks';
import { t } from '../ui/i18n';
import { CapturePanel } from './capture-panel';
import { loadPipeline, pipeline } from './pipeline-store';
import { PipelineView } from './pipeline-view';

export function App() {
  useEffect(() => {
    loadPipeline().then(() => performance.mark('popup-ready'));
  }, []);
  return (
    <main class="popup">
      <header class="popup-header">
        <h1>Embudo</h1>
      </header>
      <CapturePanel onSaved={loadPipeline} />
      <section aria-labelledby="pipeline-title">
        <h2 id="pipeline-title">{t('pipeline')}</h2>
        {pipeline.value ? <PipelineView snapshot={pipeline.value} /> : null}
      </section>
    </main>
  );
}
