import type { SyncErrorKind } from '../../shared/sync/sync-error';
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
