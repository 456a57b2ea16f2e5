export { ChildProcesses, track } from './children.js';
export { Cluster, type ClusterOptions, type ClusterPorts, clusterPorts } from './cluster.js';
export { Pgbackrest, RestartNeededError, setUpPitr } from './pitr.js';
export {
  ARCHIVE_TIMEOUT_SECONDS,
  archiveSettings,
  cronSchedule,
  DEFAULT_STANZA,
  pgbackrestConfig,
  RETENTION_DAYS,
  WAL_RETENTION_DAILY_BACKUPS,
} from './pitr-config.js';
export {
  type Books,
  DrillFailedError,
  type DrillReport,
  type DrillUrls,
  drillEnv,
  PitrDrill,
} from './pitr-drill.js';
export { DEBIAN_PACKAGES, ensurePrograms, MissingPackagesError, missingPrograms, run } from './system.js';
