// The metrics, problems and review screens are registered in ../screens.ts
// (by file name) and loaded on first use; this is what other modules may reuse.
export { requestBadgeRefresh } from './badge-refresh';
export { findingText, flagText, groupProblems } from './problems-view';
