import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { components } from '@wallet/contract';
import { fakeApi, json, type RecordedCall } from './fake-api';
import { renderAt } from './render-app';

type RequestLog = components['schemas']['RequestLogView'];

// Only the fields the page reads (the contract may add more).
const KEY = {
  id: '22222222-2222-4222-8222-222222222222',
  name: 'Reporting',
  prefix: 'wk_abcdefg',
  scopes: ['wallets:read'],
  createdAt: '2026-12-01T10:00:00.000Z',
  lastUsedAt: '2026-12-08T01:00:00.000Z',
  revokedAt: null,
};

function entry(id: number, overrides: Partial<RequestLog> = {}): RequestLog {
  return {
    id: String(id),
    apiKeyId: KEY.id,
    at: '2026-12-08T01:00:00.000Z',
    method: 'GET',
    route: '/api/v1/wallets',
    status: 200,
    durationMs: 4,
    requestId: `req-${id}`,
    idempotencyKey: null,
    problemCode: null,
    ...overrides,
  };
}

/** The API keys page's reads: one key, no webhook endpoint, and the key's log in pages of two. */
function keysApi(log: RequestLog[]) {
  const routes = (call: RecordedCall): Response | undefined => {
    const [path, search] = call.path.split('?');
    if (path === '/api/v1/api-keys') return json(200, { data: [KEY] });
    if (path === '/api/v1/webhook-endpoints') return json(200, { data: [], nextCursor: null });
    if (path !== '/api/v1/request-logs') return undefined;
    const query = new URLSearchParams(search);
    const matching = log.filter(
      (row) =>
        (!query.get('status') || String(row.status)[0] === query.get('status')?.[0]) &&
        (!query.get('route') || row.route === query.get('route')),
    );
    const start = Number(query.get('cursor') ?? 0);
    const next = start + 2 < matching.length ? String(start + 2) : null;
    return json(200, { data: matching.slice(start, start + 2), nextCursor: next });
  };
  return fakeApi([], () => json(500, {}), { routes });
}

const logCalls = (api: ReturnType<typeof keysApi>) =>
  api.calls.filter((call) => call.path.startsWith('/api/v1/request-logs')).map((call) => call.path);

describe("a key's request log on the API keys page", () => {
  it('opens under the key as a table, newest first, and loads more', async () => {
    const api = keysApi([
      entry(3, {
        method: 'POST',
        route: '/api/v1/wallets/:id/fund',
        status: 422,
        problemCode: 'INSUFFICIENT_FUNDS',
        idempotencyKey: 'fund-1',
      }),
      entry(2),
      entry(1),
    ]);
    renderAt('/api-keys');
    const user = userEvent.setup();
    const toggle = await screen.findByRole('button', { name: 'Requests of Reporting' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    const table = await screen.findByRole('table', { name: 'Requests made with Reporting, newest first' });
    const rows = within(table).getAllByTestId('request-log-row');
    expect(rows).toHaveLength(2);
    expect(rows[0]).toHaveTextContent('POST /api/v1/wallets/:id/fund');
    expect(rows[0]).toHaveTextContent('Idempotency-Key fund-1');
    expect(rows[0]).toHaveTextContent('422INSUFFICIENT_FUNDS');
    expect(rows[0]).toHaveTextContent('req-3');
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((th) => th.textContent),
    ).toEqual(['When', 'Request', 'Status', 'Time', 'Request id']);

    await user.click(screen.getByRole('button', { name: 'Load more' }));
    expect(await within(table).findByText('req-1')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Load more' })).not.toBeInTheDocument();
    expect(logCalls(api)).toEqual([
      `/api/v1/request-logs?keyId=${KEY.id}&limit=20`,
      `/api/v1/request-logs?keyId=${KEY.id}&limit=20&cursor=2`,
    ]);
  });

  it('filters by status and route, and refuses a route that is not a pattern before asking', async () => {
    const api = keysApi([
      entry(2, { status: 404, route: '/api/v1/wallets/:id', problemCode: 'WALLET_NOT_FOUND' }),
      entry(1),
    ]);
    renderAt('/api-keys');
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Requests of Reporting' }));
    await screen.findByRole('table');
    const panel = screen.getByTestId('key-requests');

    const route = within(panel).getByLabelText('Route');
    await user.type(route, 'wallets');
    await user.click(within(panel).getByRole('button', { name: 'Filter' }));
    expect(await within(panel).findByRole('alert')).toHaveTextContent('A route pattern starts with /');
    expect(route).toHaveAttribute('aria-invalid', 'true');
    expect(logCalls(api)).toHaveLength(1);

    await user.clear(route);
    await user.type(route, '/api/v1/wallets/:id');
    await user.selectOptions(within(panel).getByLabelText('Status'), '4xx');
    await user.click(within(panel).getByRole('button', { name: 'Filter' }));
    expect(await within(panel).findByText('WALLET_NOT_FOUND')).toBeInTheDocument();
    expect(within(panel).getAllByTestId('request-log-row')).toHaveLength(1);
    expect(logCalls(api).at(-1)).toBe(
      `/api/v1/request-logs?keyId=${KEY.id}&limit=20&status=4xx&route=%2Fapi%2Fv1%2Fwallets%2F%3Aid`,
    );

    await user.selectOptions(within(panel).getByLabelText('Status'), '5xx');
    await user.click(within(panel).getByRole('button', { name: 'Filter' }));
    expect(await within(panel).findByText('No request matches.')).toBeInTheDocument();
  });
});
