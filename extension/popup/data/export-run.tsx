import { useState } from 'preact/hooks';
import { writeErrorText } from './data-messages';

type Outcome = { ok: boolean; text: string };

/**
 * One export button's run, shared by the backup and CSV panels: busy while it
 * works, then one status line saying what was saved, or why nothing was.
 */
export function useExportRun(onSettled?: () => void) {
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<Outcome | null>(null);
  const run = async (save: () => Promise<string>) => {
    setBusy(true);
    setMessage(null);
    try {
      setMessage({ ok: true, text: await save() });
    } catch (err) {
      setMessage({ ok: false, text: writeErrorText(err) });
    } finally {
      setBusy(false);
      onSettled?.();
    }
  };
  return { busy, message, run };
}

/** The run's outcome, read out by screen readers as it changes. */
export function ExportOutcome({ message }: { message: Outcome | null }) {
  if (!message) return null;
  return (
    <p class={message.ok ? 'message message-ok' : 'message message-error'} role="status">
      {message.text}
    </p>
  );
}
