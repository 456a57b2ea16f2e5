import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { classifySearch } from '../src/features/ops/hooks/use-ops-search';
import { fakeApi, json, ME, problem, type RecordedCall } from './fake-api';
import { renderAt } from './render-app';

type Role = 'support' | 'finance' | 'admin' | null;

const SUBJECT = {
  id: '22222222-2222-4222-8222-222222222222',
  email: 'grace@example.com',
  role: null,
  createdAt: '2026-11-26T09:00:00.000Z',
};

const CHECK = {
  finishedAt: new Date(Date.now() - 2 * 60_000).toISOString(),
  mode: 'incremental',
  walletsChecked: 3,
  rowsChecked: 12,
  discrepancies: 0,
  ok: true,
  digest: '42:ab',
};

/** The operator routes as a member of staff with `role` (or a plain user, null) meets them. */
function opsApi(role: Role, routes: (call: RecordedCall) => Response | undefined = () => undefined) {
  return fakeApi([], () => problem(500, 'INTERNAL', 'unexpected'), {
    routes: (call) => {
      const path = call.path.split('?')[0] ?? '';
      if (path === '/api/v1/auth/me') return json(200, { user: { ...ME, role } });
      const own = routes(call);
      if (own) return own;
      if (path.startsWith('/api/v1/ops/') && !role)
        return problem(404, 'NOT_FOUND', 'There is no such route.');
      if (path === '/api/v1/ops/books-check' && call.method === 'GET') return json(200, { latest: CHECK });
      return undefined;
    },
  });
}

const opsCalls = (calls: RecordedCall[]) => calls.filter((c) => c.path.startsWith('/api/v1/ops'));

describe('the operator console', () => {
  it('is not there for a plain user: no Operations link, and /ops is the not-found card', async () => {
    const api = opsApi(null);
    renderAt('/ops');
    expect(await screen.findByRole('heading', { name: 'No such page' })).toBeInTheDocument();
    expect(
      within(screen.getByRole('navigation', { name: 'Pages' })).queryByRole('link', { name: /Operations/ }),
    ).toBeNull();
    expect(opsCalls(api.calls)).toEqual([]);
  });

  it('shows staff the Operations link, the search and the books, with Check now for admins only', async () => {
    opsApi('support');
    const { unmount } = renderAt('/ops');
    expect(await screen.findByRole('heading', { name: 'Operations' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /Operations/ })).toHaveAttribute('href', '/ops');
    expect(await screen.findByTestId('books-status')).toHaveTextContent(
      'Books balanced, checked 2 minutes ago',
    );
    expect(screen.queryByRole('button', { name: 'Check now' })).toBeNull();
    unmount();

    const api = opsApi('admin', (call) =>
      call.method === 'POST' && call.path === '/api/v1/ops/books-check'
        ? json(200, {
            ...CHECK,
            startedAt: CHECK.finishedAt,
            durationMs: 5,
            rowsHashed: 12,
            truncated: false,
            found: [],
          })
        : undefined,
    );
    renderAt('/ops');
    await userEvent.click(await screen.findByRole('button', { name: 'Check now' }));
    expect(await screen.findByText('The books balance (12 new ledger rows checked)')).toBeInTheDocument();
    expect(api.calls.filter((c) => c.method === 'POST').map((c) => c.path)).toEqual([
      '/api/v1/ops/books-check',
    ]);
  });

  it('says to turn on two-factor sign-in when the API asks for it', async () => {
    opsApi('admin', (call) =>
      call.path.startsWith('/api/v1/ops/')
        ? problem(403, 'TWO_FACTOR_REQUIRED', 'Turn on two-factor sign-in first.')
        : undefined,
    );
    renderAt('/ops/audit');
    expect(await screen.findByTestId('two-factor-required')).toHaveTextContent(
      'Turn on two-factor sign-in in Settings to use the console',
    );
  });

  it('finds users by the start of their email and opens their page', async () => {
    const api = opsApi('support', (call) => {
      if (call.path.startsWith('/api/v1/ops/users?')) return json(200, { data: [SUBJECT] });
      if (call.path.startsWith('/api/v1/ops/transactions?')) return json(200, { data: [] });
      if (call.path === `/api/v1/ops/users/${SUBJECT.id}`)
        return json(200, { user: SUBJECT, wallets: [], apiKeys: [], sessions: [], securityHistory: [] });
      return undefined;
    });
    const { router } = renderAt('/ops');
    await userEvent.type(await screen.findByLabelText('Email, id or reference'), 'grace');
    await userEvent.click(screen.getByRole('button', { name: 'Search' }));
    await userEvent.click(await screen.findByRole('link', { name: SUBJECT.email }));
    expect(router.state.location.pathname).toBe(`/ops/users/${SUBJECT.id}`);
    expect(await screen.findByRole('heading', { name: SUBJECT.email })).toBeInTheDocument();
    // Support reads; only an admin changes roles.
    expect(screen.queryByLabelText('Role')).toBeNull();
    expect(api.calls.map((c) => c.path)).toContain('/api/v1/ops/users?email=grace');
    expect(api.calls.map((c) => c.path)).toContain('/api/v1/ops/transactions?reference=grace');
  });

  it("shows a key's mode, and an expired or rotated key as such, never as active", async () => {
    const key = (name: string, fields: Record<string, unknown>) => ({
      id: crypto.randomUUID(),
      name,
      prefix: 'wk_abc',
      scopes: ['wallets:read'],
      createdAt: '2026-12-01T10:00:00.000Z',
      lastUsedAt: null,
      revokedAt: null,
      mode: 'live',
      expiresAt: null,
      rotatedTo: null,
      ...fields,
    });
    opsApi('support', (call) =>
      call.path === `/api/v1/ops/users/${SUBJECT.id}`
        ? json(200, {
            user: SUBJECT,
            wallets: [],
            apiKeys: [
              key('Old', { expiresAt: '2026-01-01T00:00:00.000Z' }),
              key('Rotated', { expiresAt: '2999-01-01T00:00:00.000Z', rotatedTo: crypto.randomUUID() }),
              key('CI', { mode: 'test' }),
            ],
            sessions: [],
            securityHistory: [],
          })
        : undefined,
    );
    renderAt(`/ops/users/${SUBJECT.id}`);
    const keys = await screen.findByRole('list', { name: 'API keys' });
    const [old, rotated, ci] = within(keys).getAllByRole('listitem');
    expect(within(old as HTMLElement).getByText('live')).toBeInTheDocument();
    expect(within(old as HTMLElement).getByText('expired')).toBeInTheDocument();
    expect(within(rotated as HTMLElement).getByText(/^rotated, works until /)).toBeInTheDocument();
    expect(within(ci as HTMLElement).getByText('test')).toBeInTheDocument();
    expect(ci).not.toHaveTextContent(/expire|rotated|revoked/);
  });

  it('lets an admin change a role once they confirm, with the CSRF token', async () => {
    // biome-ignore lint/suspicious/noDocumentCookie: the test plays the server setting the CSRF cookie
    document.cookie = 'wallet_csrf=token-1; path=/';
    const api = opsApi('admin', (call) => {
      if (call.path === `/api/v1/ops/users/${SUBJECT.id}` && call.method === 'GET')
        return json(200, { user: SUBJECT, wallets: [], apiKeys: [], sessions: [], securityHistory: [] });
      if (call.path === `/api/v1/ops/users/${SUBJECT.id}/role` && call.method === 'PUT')
        return json(200, { ...SUBJECT, role: 'support' });
      return undefined;
    });
    const confirm = jest.spyOn(window, 'confirm').mockReturnValue(true);
    renderAt(`/ops/users/${SUBJECT.id}`);
    await userEvent.selectOptions(await screen.findByLabelText('Role'), 'support');
    await userEvent.click(screen.getByRole('button', { name: 'Change role' }));
    expect(confirm).toHaveBeenCalledWith(expect.stringContaining('Make grace@example.com support?'));
    expect(await screen.findByTestId('role-badge')).toHaveTextContent('Support');
    const put = api.calls.find((c) => c.method === 'PUT');
    expect(put?.body).toEqual({ role: 'support' });
    expect(put?.headers['X-CSRF-Token']).toBe('token-1');
    // The page was fetched once: each fetch is recorded as staff opening the account.
    expect(api.calls.filter((c) => c.path === `/api/v1/ops/users/${SUBJECT.id}`)).toHaveLength(1);
    // biome-ignore lint/suspicious/noDocumentCookie: and clearing it again
    document.cookie = 'wallet_csrf=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/';
  });

  it('looks an id up as a wallet, then a transaction', async () => {
    const id = '33333333-3333-4333-8333-333333333333';
    opsApi('finance', (call) => {
      if (call.path === `/api/v1/ops/wallets/${id}`) return problem(404, 'WALLET_NOT_FOUND', 'No wallet.');
      if (call.path === `/api/v1/ops/transactions/${id}`)
        return json(200, {
          transaction: {
            id,
            walletId: '44444444-4444-4444-8444-444444444444',
            type: 'FUND',
            status: 'SUCCESS',
            amount: 5,
            currency: 'USD',
            balanceBefore: 0,
            balanceAfter: 5,
            createdAt: '2026-11-26T09:00:00.000Z',
          },
          wallet: { id: '44444444-4444-4444-8444-444444444444', name: 'Main', currency: 'USD', balance: 5 },
        });
      return undefined;
    });
    renderAt(`/ops?q=${id}`);
    expect(await screen.findByRole('link', { name: /Funding of \$5\.00/ })).toHaveAttribute(
      'href',
      `/ops/transactions/${id}`,
    );
  });
});

describe('what a console search asks for', () => {
  it.each([
    ['', { kind: 'empty' }],
    ['  3F2B8C1E-7A4D-4E5F-9B6A-1C2D3E4F5A6B ', { kind: 'id', id: '3f2b8c1e-7a4d-4e5f-9b6a-1c2d3e4f5a6b' }],
    ['ada@ex', { kind: 'text', text: 'ada@ex', email: true, reference: false }],
    ['a@', { kind: 'text', text: 'a@', email: false, reference: false }],
    ['order-1042', { kind: 'text', text: 'order-1042', email: true, reference: true }],
    ['ab', { kind: 'text', text: 'ab', email: false, reference: true }],
  ])('%j', (text, expected) => {
    expect(classifySearch(text)).toEqual(expected);
  });
});

describe("the person's own security history", () => {
  it('says what each entry was in words, who did it and from where, and an unknown action by its name', async () => {
    fakeApi([], () => problem(500, 'INTERNAL', 'unexpected'), {
      routes: (call) => {
        if (call.path.startsWith('/api/v1/auth/sessions')) return json(200, { data: [] });
        if (!call.path.startsWith('/api/v1/auth/security-history')) return undefined;
        const at = '2026-11-26T09:00:00.000Z';
        return json(200, {
          data: [
            { id: '1', occurredAt: at, action: 'ops.user_viewed', by: 'staff', address: '203.0.113.7' },
            { id: '2', occurredAt: at, action: 'auth.login_failed', by: 'someone', address: '198.51.100.2' },
            { id: '3', occurredAt: at, action: 'something.new', by: 'system', address: null },
          ],
          nextCursor: null,
        });
      },
    });
    renderAt('/settings');
    const rows = await screen.findAllByTestId('security-event');
    expect(rows.map((row) => row.textContent)).toEqual([
      expect.stringMatching(/^Staff opened your accountStaff · from 203\.0\.113\.7/),
      expect.stringMatching(/^A sign-in with your email failedSomeone · from 198\.51\.100\.2/),
      expect.stringMatching(/^something\.newThe system/),
    ]);
  });
});
