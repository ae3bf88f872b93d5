import { DEFAULT_SETTINGS, type Settings, SettingsSchema } from '../model/settings';
import { type ResolvedProcess, resolveProcess } from '../process/resolve-settings';
import { PROCESS_DOC_ID, type ProcessDoc, ProcessDocSchema } from './team-docs';

/**
 * The team's `process` document both ways: written from a lead's settings,
 * read back as settings and as the resolved process every screen, the
 * playbook and the metrics use. Pure.
 */
export function processDocOf(settings: Settings, owner: string, updatedAt: number): ProcessDoc {
  const { language: _own, ...shared } = settings;
  return { _id: PROCESS_DOC_ID, type: 'process', owner, updatedAt, settings: shared };
}

export type TeamProcess =
  | {
      ok: true;
      /** The reader's settings under the team's process: its language is the reader's. */
      settings: Settings;
      process: ResolvedProcess;
      /** The lead who saved it last, and when. */
      owner: string;
      updatedAt: number;
    }
  | { ok: false; reason: string };

/**
 * A `process` document as read from the team database (untrusted) → the
 * playbook's process model (`resolveProcess`), keeping the reader's own
 * interface language. A document this version cannot read says why, and the
 * caller keeps what it had (the built-in process, or the rep's own settings).
 */
export function teamProcessModel(
  raw: unknown,
  language: Settings['language'] = DEFAULT_SETTINGS.language,
): TeamProcess {
  const doc = ProcessDocSchema.safeParse(raw);
  if (!doc.success) return { ok: false, reason: `not a process document: ${doc.error.issues[0]?.message}` };
  const settings = SettingsSchema.safeParse({ ...doc.data.settings, language });
  if (!settings.success)
    return { ok: false, reason: `unreadable settings: ${settings.error.issues[0]?.message}` };
  return {
    ok: true,
    settings: settings.data,
    process: resolveProcess(settings.data),
    owner: doc.data.owner,
    updatedAt: doc.data.updatedAt,
  };
}
