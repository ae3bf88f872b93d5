import type { SyncErrorKind } from '../../shared/sync/sync-error';
import { PROCESS_DOC_ID } from '../../shared/sync/team-docs';
import type { MessageKey } from './i18n';

/** What the rep reads for each way a sync can fail (docs/team-sync.md "Errors"). */
export const SYNC_ERROR_MESSAGES: Record<SyncErrorKind, MessageKey> = {
  'signed-out': 'syncErrorSignedOut',
  forbidden: 'syncErrorForbidden',
  'not-found': 'syncErrorNotFound',
  server: 'syncErrorServer',
  timeout: 'syncErrorTimeout',
  offline: 'syncErrorOffline',
  'not-couchdb': 'syncErrorNotCouchdb',
  'bad-response': 'syncErrorBadResponse',
};

/** A run's failure in words; a refused process has its own: the rep tried to change what only a lead may. */
export function syncErrorMessage(error: { kind: SyncErrorKind; ids?: readonly string[] }): MessageKey {
  if (error.kind === 'forbidden' && error.ids?.includes(PROCESS_DOC_ID)) return 'syncErrorProcessRefused';
  return SYNC_ERROR_MESSAGES[error.kind];
}
