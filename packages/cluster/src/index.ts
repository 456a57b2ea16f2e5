export { Cluster, type ClusterOptions, type ClusterPorts, clusterPorts } from './cluster.js';
export { DEBIAN_PACKAGES, ensurePrograms, MissingPackagesError, missingPrograms } from './system.js';
