import { useEffect } from 'preact/hooks';
import { addingLead, openLeadId } from '../navigation-store';
import { Lazy } from '../ui/lazy';
import { tabLead } from './tab-lead-state';

const loadCard = () => import('./tab-lead-card');
/** The pipeline's "on screen" mark (pipeline-view.tsx), which the bench reads as the first paint. */
const READY = 'popup-ready';
/** Another screen opened first never marks it: the look-up then starts on its own. */
const NO_PIPELINE_MS = 1500;

/** Runs `start` once the first screen is drawn, never before. */
function afterFirstPaint(start: () => void): () => void {
  let done = false;
  const once = () => {
    if (done) return;
    done = true;
    observer.disconnect();
    clearTimeout(timer);
    // A task after the mark, so the look-up never runs inside the frame that paints the pipeline.
    setTimeout(start, 0);
  };
  const observer = new PerformanceObserver((list) => {
    if (list.getEntriesByName(READY).length) once();
  });
  observer.observe({ type: 'mark' });
  const timer = setTimeout(once, NO_PIPELINE_MS);
  if (performance.getEntriesByName(READY).length) once();
  return () => {
    done = true;
    observer.disconnect();
    clearTimeout(timer);
  };
}

/**
 * Where the "already a lead" card goes. The look-up waits until the first
 * screen is drawn, and its code is fetched only then, so opening the popup
 * costs nothing more; the card hides while a lead or the add form is open.
 */
export function TabLeadSlot() {
  useEffect(() => afterFirstPaint(() => void import('./tab-lead-lookup').then((m) => m.lookUpTabLead())), []);
  const lead = tabLead.value;
  if (!lead || openLeadId.value || addingLead.value) return null;
  return <Lazy load={loadCard} props={{ lead }} />;
}
