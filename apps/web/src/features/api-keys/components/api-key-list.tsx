import type { ApiKey } from '@wallet/contract';
import { useState } from 'react';
import { Button } from '../../../components/ui/button';
import { Card } from '../../../components/ui/card';
import { SkeletonBlock } from '../../../components/ui/skeleton';
import { LOCALE } from '../../../lib/money';
import { formatRelative } from '../../../lib/relative-time';
import { useApiKeys } from '../api/get-api-keys';
import { useRevokeApiKey } from '../api/revoke-api-key';
import { KeyRequestLog } from './key-request-log';
import { RotateKeyPanel } from './rotate-key-panel';

const muted = 'text-sm text-slate-600 dark:text-slate-400';
const HOUR_MS = 3_600_000;
const WEEK_MS = 7 * 24 * HOUR_MS;

/** "in 24 hours", "in 42 minutes": an end that is near, in hours (never "tomorrow", which may be 2 hours away). */
function untilText(iso: string): string {
  const ms = Date.parse(iso) - Date.now();
  if (ms >= 48 * HOUR_MS) return formatRelative(iso);
  const format = new Intl.RelativeTimeFormat(LOCALE, { numeric: 'always' });
  if (ms >= HOUR_MS) return format.format(Math.round(ms / HOUR_MS), 'hour');
  return format.format(Math.max(1, Math.round(ms / 60_000)), 'minute');
}

/** The person's keys, each revocable once they confirm, and rotatable into a new one. */
export function ApiKeyList() {
  const keys = useApiKeys();
  return (
    <Card aria-labelledby="key-list-heading">
      <h2 id="key-list-heading" className="text-lg font-semibold">
        Your keys
      </h2>
      {keys.isPending ? (
        <div className="mt-3">
          <SkeletonBlock label="Loading your keys" />
        </div>
      ) : keys.isError ? (
        <p role="alert" className="mt-2 text-sm text-red-700 dark:text-red-300">
          The keys could not be loaded. {keys.error.message}
        </p>
      ) : keys.data.length === 0 ? (
        <p className={`mt-2 ${muted}`}>No keys yet.</p>
      ) : (
        <ul className="mt-2 divide-y divide-slate-200 dark:divide-slate-800" aria-label="API keys">
          {keys.data.map((key) => (
            <ApiKeyRow key={key.id} apiKey={key} />
          ))}
        </ul>
      )}
    </Card>
  );
}

function isExpired(key: ApiKey, now = Date.now()): boolean {
  return key.expiresAt !== null && Date.parse(key.expiresAt) <= now;
}

/** One key: its name, mode and scopes, its requests on demand, Rotate and Revoke (once confirmed). */
function ApiKeyRow({ apiKey: key }: { apiKey: ApiKey }) {
  const revoke = useRevokeApiKey();
  const [rotating, setRotating] = useState(false);
  const [showRequests, setShowRequests] = useState(false);
  const live = !key.revokedAt && !isExpired(key);
  const rotatePanelId = `rotate-key-${key.id}`;
  return (
    <li className="py-3" data-testid="api-key-row">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <div className="min-w-0">
          <p className="font-medium">
            {key.name} <code className={muted}>{key.prefix}…</code>
            {key.mode === 'test' ? (
              <span className="ml-2 rounded bg-amber-100 px-1.5 py-0.5 text-xs font-semibold text-amber-950 dark:bg-amber-950 dark:text-amber-100">
                Test
              </span>
            ) : null}
          </p>
          <p className={muted}>
            {key.scopes.join(', ')} ·{' '}
            {key.lastUsedAt ? `last used ${new Date(key.lastUsedAt).toLocaleString()}` : 'never used'} · API
            version <span data-testid="api-key-version">{key.apiVersion}</span>
          </p>
          <Expiry apiKey={key} />
        </div>
        <div className="flex flex-wrap items-center gap-2">
          <Button
            variant="secondary"
            aria-expanded={showRequests}
            aria-label={`${showRequests ? 'Hide requests' : 'Requests'} of ${key.name}`}
            onClick={() => setShowRequests((shown) => !shown)}
          >
            {showRequests ? 'Hide requests' : 'Requests'}
          </Button>
          {key.revokedAt ? (
            <span className={`font-medium ${muted}`}>Revoked</span>
          ) : !live ? (
            <span className={`font-medium ${muted}`}>Expired</span>
          ) : (
            <>
              {key.rotatedTo ? null : (
                <Button
                  variant="secondary"
                  aria-expanded={rotating}
                  aria-controls={rotatePanelId}
                  aria-label={`Rotate ${key.name}…`}
                  onClick={() => setRotating(!rotating)}
                >
                  Rotate…
                </Button>
              )}
              <Button
                variant="secondary"
                disabled={revoke.isPending}
                aria-label={`Revoke ${key.name}`}
                onClick={() => {
                  if (window.confirm(`Revoke “${key.name}”? Software using it stops working at once.`))
                    revoke.mutate(key.id);
                }}
              >
                Revoke
              </Button>
            </>
          )}
        </div>
      </div>
      <div id={rotatePanelId}>{rotating ? <RotateKeyPanel apiKey={key} /> : null}</div>
      {showRequests ? <KeyRequestLog keyId={key.id} keyName={key.name} /> : null}
    </li>
  );
}

/** When the key stops by itself: a badge while that is near (a rotation's overlap), else a plain line. */
function Expiry({ apiKey: key }: { apiKey: ApiKey }) {
  if (!key.expiresAt || key.revokedAt) return null;
  const at = new Date(key.expiresAt);
  const title = at.toLocaleString();
  if (isExpired(key)) {
    return (
      <p className={muted} title={title}>
        Expired {formatRelative(key.expiresAt)}
      </p>
    );
  }
  const why = key.rotatedTo ? 'Replaced by a new key; stops working' : 'Expires';
  if (at.getTime() - Date.now() > WEEK_MS) {
    return (
      <p className={muted} title={title}>
        {why} {at.toLocaleDateString()}
      </p>
    );
  }
  return (
    <p className="mt-1" title={title}>
      <span
        data-testid="api-key-expiry"
        className="inline-block rounded-full border border-amber-300 bg-amber-50 px-2 py-0.5 text-sm font-medium text-amber-900 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100"
      >
        {why} {untilText(key.expiresAt)}
      </span>
    </p>
  );
}
