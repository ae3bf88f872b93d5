// Public surface of the shared package: what the extension, the playbook and the scripts import.
export * from './capture/candidate';
export * from './capture/normalize';
export * from './metrics/index';
export * from './model/backup';
export * from './model/lead';
export * from './model/review';
export * from './model/settings';
export * from './model/stage-event';
export * from './process/resolve-settings';
export * from './process/stage-ids';
export * from './process/stages';
