/**
 * The server-side rules, as CouchDB's `validate_doc_update` (ES5: CouchDB runs
 * it in its own JavaScript engine). Server admins pass everything; for anyone
 * else:
 * - `process` (the team's process) and the team reviews (`team-review:…`) are
 *   written or deleted only by a member with the team's lead role, and must say
 *   their type and their writer as owner;
 * - every other document needs a `type` and an `owner` that is the writer,
 *   and its owner never changes;
 * - a deletion is allowed to the owner of the stored document only (our
 *   deletions keep `type` and `owner`, so a deleted id cannot change hands).
 * `_local` documents (replication checkpoints) and the readers' list are not
 * validated by CouchDB; design documents need a database admin anyway.
 */
export function validateDocUpdateSource(leadRole: string): string {
  return `function (newDoc, oldDoc, userCtx) {
  var LEAD_ROLE = ${JSON.stringify(leadRole)};
  var roles = userCtx.roles || [];
  if (roles.indexOf('_admin') !== -1) return;
  function refuse(why) { throw({ forbidden: why }); }
  var leadOnly = newDoc._id === 'process' ? 'process' : newDoc._id.indexOf('team-review:') === 0 ? 'team-review' : '';
  if (leadOnly) {
    if (roles.indexOf(LEAD_ROLE) === -1) refuse(leadOnly === 'process' ? 'only a team lead may change the team process' : 'only a team lead may record a team review');
    if (newDoc._deleted) return;
    if (newDoc.type !== leadOnly) refuse('this document must have type "' + leadOnly + '"');
    if (newDoc.owner !== userCtx.name) refuse('owner must be the user who writes the document');
    return;
  }
  if (newDoc._deleted) {
    if (oldDoc && oldDoc.owner !== userCtx.name) refuse('only the owner may delete a document');
    return;
  }
  if (typeof newDoc.type !== 'string' || newDoc.type === '') refuse('every document needs a type');
  if (newDoc.owner !== userCtx.name) refuse('owner must be the user who writes the document');
  var had = oldDoc && (!oldDoc._deleted || oldDoc.owner !== undefined);
  if (had && oldDoc.owner !== newDoc.owner) refuse('the owner of a document never changes');
}`;
}
