/**
 * The API's dated versions, oldest first. A key is pinned to the newest when it is made; a request may
 * ask for another with the `Wallet-Version` header. The newest code answers every request, and what a
 * version changed is undone for callers pinned before it (the way Stripe keeps its old versions).
 *
 * docs/versions.md lists the same versions and changes (a unit test keeps the two equal).
 */
export interface ApiVersionChange {
  /** What the code checks (`versionHas`), stable. */
  id: VersionChangeId;
  /** The change as integrators read it in docs/versions.md. */
  summary: string;
}

export interface ApiVersionEntry {
  version: string;
  /** Breaking changes this version made (each undone for callers on an older one). */
  changes: readonly ApiVersionChange[];
}

export type VersionChangeId = 'api-key-expired-code';

export const API_VERSIONS = [
  {
    version: '2026-11-26',
    changes: [],
  },
  {
    version: '2026-12-08',
    changes: [
      {
        id: 'api-key-expired-code',
        summary:
          'An expired API key is refused with the code `API_KEY_EXPIRED` (401) and `expiredAt`, when it stopped working, instead of `UNAUTHENTICATED`.',
      },
    ],
  },
] as const satisfies readonly ApiVersionEntry[];

export type ApiVersion = (typeof API_VERSIONS)[number]['version'];

/** Keys made before versions existed are pinned to this one: what they were answered before. */
export const FIRST_API_VERSION: ApiVersion = API_VERSIONS[0].version;
/**
 * The version new keys are pinned to and sessions (the dashboard) use unless they ask for another: the
 * newest (a unit test checks it is the last entry).
 */
export const CURRENT_API_VERSION: ApiVersion = API_VERSIONS[1].version;

export const VERSION_HEADER = 'Wallet-Version';
const VERSION_FORMAT = /^\d{4}-\d{2}-\d{2}$/;

export function isApiVersion(value: string): value is ApiVersion {
  return API_VERSIONS.some((entry) => entry.version === value);
}

/** Whether a caller on `version` gets what change `id` made (it does from the version that made it on). */
export function versionHas(version: ApiVersion, id: VersionChangeId): boolean {
  const since = API_VERSIONS.find((entry) =>
    (entry.changes as readonly ApiVersionChange[]).some((change) => change.id === id),
  );
  // Versions are YYYY-MM-DD, so they compare as text.
  return since !== undefined && version >= since.version;
}

/** Why `value` is not a version callers may ask for, or null when it is one. */
export function versionProblem(value: string): string | null {
  if (isApiVersion(value)) return null;
  const known = API_VERSIONS.map((entry) => entry.version).join(', ');
  if (!VERSION_FORMAT.test(value)) return `${VERSION_HEADER} must be a date as YYYY-MM-DD, one of ${known}.`;
  return `There is no API version ${value}. Known versions: ${known} (the current one is ${CURRENT_API_VERSION}).`;
}
