import { type FormEvent, useState } from 'react';
import { Button } from '../../../components/ui/button';
import { SelectField, TextField } from '../../../components/ui/field';
import { SkeletonBlock } from '../../../components/ui/skeleton';
import { formatDateTime } from '../../../lib/money';
import { type RequestLog, type RequestLogFilter, useRequestLogs } from '../api/get-request-logs';

const muted = 'text-sm text-slate-600 dark:text-slate-400';

const STATUSES: { value: string; label: string }[] = [
  { value: '', label: 'Any status' },
  { value: '2xx', label: '2xx (succeeded)' },
  { value: '4xx', label: '4xx (refused)' },
  { value: '5xx', label: '5xx (server errors)' },
  { value: '400', label: '400' },
  { value: '403', label: '403' },
  { value: '404', label: '404' },
  { value: '409', label: '409' },
  { value: '422', label: '422' },
  { value: '429', label: '429' },
];

/**
 * What one key did: its requests, newest first, a page at a time, narrowed by status and route. Rows
 * arrive about a second after each answer (Refresh reads again).
 */
export function KeyRequestLog({ keyId, keyName }: { keyId: string; keyName: string }) {
  const [filter, setFilter] = useState<RequestLogFilter>({ status: '', route: '' });
  const log = useRequestLogs(keyId, filter);
  const rows = log.data?.pages.flatMap((page) => page.data) ?? [];
  return (
    <div className="mt-3 grid gap-3" data-testid="key-requests">
      <RequestLogFilterForm filter={filter} onApply={setFilter} onRefresh={() => void log.refetch()} />
      {log.isPending ? (
        <SkeletonBlock label="Loading the requests" lines={3} />
      ) : log.isError ? (
        <p role="alert" className="text-sm text-red-700 dark:text-red-300">
          The requests could not be loaded. {log.error.message}
        </p>
      ) : rows.length === 0 ? (
        <p className={muted}>
          {filter.status || filter.route ? 'No request matches.' : 'No requests in the last 30 days.'}
        </p>
      ) : (
        <RequestLogTable rows={rows} keyName={keyName} />
      )}
      {log.hasNextPage ? (
        <div>
          <Button variant="secondary" onClick={() => log.fetchNextPage()} disabled={log.isFetchingNextPage}>
            {log.isFetchingNextPage ? 'Loading more…' : 'Load more'}
          </Button>
        </div>
      ) : null}
    </div>
  );
}

function RequestLogFilterForm({
  filter,
  onApply,
  onRefresh,
}: {
  filter: RequestLogFilter;
  onApply: (filter: RequestLogFilter) => void;
  onRefresh: () => void;
}) {
  const [status, setStatus] = useState(filter.status);
  const [route, setRoute] = useState(filter.route);
  const [routeError, setRouteError] = useState<string>();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const wanted = route.trim();
    if (wanted !== '' && !/^\/[\x21-\x7E]{0,199}$/.test(wanted)) {
      setRouteError('A route pattern starts with / and has no spaces, e.g. /api/v1/wallets/:id');
      return;
    }
    setRouteError(undefined);
    onApply({ status, route: wanted });
  };
  return (
    <form className="grid items-start gap-3 sm:grid-cols-[12rem_1fr_auto]" onSubmit={submit} noValidate>
      <SelectField label="Status" value={status} onChange={(event) => setStatus(event.target.value)}>
        {STATUSES.map((choice) => (
          <option key={choice.value} value={choice.value}>
            {choice.label}
          </option>
        ))}
      </SelectField>
      <TextField
        label="Route"
        value={route}
        placeholder="/api/v1/wallets/:id"
        hint="The route exactly as listed below; empty for all."
        error={routeError}
        onChange={(event) => setRoute(event.target.value)}
      />
      <div className="flex gap-2 sm:mt-6">
        <Button type="submit" variant="secondary">
          Filter
        </Button>
        <Button variant="ghost" onClick={onRefresh}>
          Refresh
        </Button>
      </div>
    </form>
  );
}

function RequestLogTable({ rows, keyName }: { rows: RequestLog[]; keyName: string }) {
  return (
    // It can scroll sideways on a narrow screen, so it must be reachable by keyboard.
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region needs focus to scroll by keyboard
    <section className="overflow-x-auto" aria-label={`Requests of ${keyName}`} tabIndex={0}>
      <table className="w-full text-left text-sm">
        <caption className="sr-only">Requests made with {keyName}, newest first</caption>
        <thead className="text-slate-600 dark:text-slate-400">
          <tr>
            <th scope="col" className="py-2 pr-3 font-medium">
              When
            </th>
            <th scope="col" className="py-2 pr-3 font-medium">
              Request
            </th>
            <th scope="col" className="py-2 pr-3 font-medium">
              Status
            </th>
            <th scope="col" className="py-2 pr-3 text-right font-medium">
              Time
            </th>
            <th scope="col" className="py-2 font-medium">
              Request id
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-200 dark:divide-slate-800">
          {rows.map((row) => (
            <tr key={row.id} data-testid="request-log-row">
              <td className="py-2 pr-3 whitespace-nowrap">
                <time dateTime={row.at}>{formatDateTime(row.at)}</time>
              </td>
              <td className="py-2 pr-3">
                <code className="break-all">
                  {row.method} {row.route}
                </code>
                {row.idempotencyKey ? (
                  <span className={`block ${muted}`}>Idempotency-Key {row.idempotencyKey}</span>
                ) : null}
              </td>
              <td className="py-2 pr-3 whitespace-nowrap">
                <span className={row.status >= 400 ? 'font-medium text-red-700 dark:text-red-300' : ''}>
                  {row.status}
                </span>
                {row.problemCode ? <span className={`block ${muted}`}>{row.problemCode}</span> : null}
              </td>
              <td className="py-2 pr-3 text-right whitespace-nowrap">{row.durationMs} ms</td>
              <td className="py-2">
                <code className={`break-all ${muted}`}>{row.requestId}</code>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
