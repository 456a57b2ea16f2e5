import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ApiKey } from '@wallet/contract';
import { fakeApi, json } from './fake-api';
import { renderAt } from './render-app';

const HOUR_MS = 3_600_000;

function apiKey(overrides: Partial<ApiKey> = {}): ApiKey {
  return {
    id: crypto.randomUUID(),
    name: 'Payroll',
    prefix: 'wk_AbCdEfG',
    scopes: ['wallets:read'],
    createdAt: '2026-12-01T10:00:00.000Z',
    lastUsedAt: null,
    revokedAt: null,
    mode: 'live',
    apiVersion: '2026-12-08',
    expiresAt: null,
    rotatedTo: null,
    ...overrides,
  };
}

/** The keys API kept in memory: the list, creation and rotation (which end the old key after the overlap). */
function keysApi(keys: ApiKey[]) {
  return fakeApi([], () => json(500, {}), {
    routes: (call) => {
      const path = call.path.split('?')[0] ?? '';
      if (path === '/api/v1/webhook-endpoints') return json(200, { data: [], nextCursor: null });
      if (path === '/api/v1/api-keys' && call.method === 'GET') return json(200, { data: keys });
      if (path === '/api/v1/api-keys' && call.method === 'POST') {
        const made = apiKey({ name: (call.body as { name: string }).name });
        keys.unshift(made);
        return json(201, { ...made, key: 'wk_the-new-secret' });
      }
      const rotated = keys.find((k) => path === `/api/v1/api-keys/${k.id}/rotate`);
      if (rotated && call.method === 'POST') {
        const { overlapHours } = call.body as { overlapHours: number };
        const newKey = apiKey({ name: rotated.name, prefix: 'wk_NeWkEy1' });
        Object.assign(rotated, {
          rotatedTo: newKey.id,
          expiresAt: new Date(Date.now() + overlapHours * HOUR_MS).toISOString(),
        });
        keys.unshift(newKey);
        return json(201, { newKey: { ...newKey, key: 'wk_rotated-secret' }, oldKey: rotated });
      }
      return undefined;
    },
  });
}

describe('the API keys page', () => {
  it("shows each key's version and when it stops: a badge while that is near", async () => {
    keysApi([
      apiKey({ name: 'Soon', expiresAt: new Date(Date.now() + 3 * HOUR_MS + 60_000).toISOString() }),
      apiKey({ name: 'Old pin', apiVersion: '2026-11-26' }),
      apiKey({ name: 'Gone', revokedAt: '2026-12-02T10:00:00.000Z' }),
    ]);
    renderAt('/api-keys');
    const rows = await screen.findAllByTestId('api-key-row');
    expect(within(rows[0] as HTMLElement).getByTestId('api-key-expiry')).toHaveTextContent(
      'Expires in 3 hours',
    );
    expect(rows[1]).toHaveTextContent('API version 2026-11-26');
    expect(within(rows[1] as HTMLElement).queryByTestId('api-key-expiry')).toBeNull();
    expect(rows[2]).toHaveTextContent('Revoked');
    expect(within(rows[2] as HTMLElement).queryByRole('button', { name: /^Rotate / })).toBeNull();
  });

  it('sends the chosen expiry with a new key', async () => {
    const api = keysApi([]);
    renderAt('/api-keys');
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText('Key name'), 'Reports');
    await user.selectOptions(screen.getByLabelText('Expires'), 'In 90 days');
    await user.click(screen.getByRole('button', { name: 'Create key' }));
    expect(await screen.findByTestId('new-key')).toHaveTextContent('wk_the-new-secret');
    expect(api.posts()[0]?.body).toEqual({
      name: 'Reports',
      scopes: ['wallets:read'],
      mode: 'live',
      expiresInDays: 90,
    });
  });

  it('rotates a key: the new secret once, and the old key stopped at once when asked', async () => {
    const old = apiKey();
    const api = keysApi([old]);
    renderAt('/api-keys');
    const user = userEvent.setup();
    const rotate = await screen.findByRole('button', { name: 'Rotate Payroll…' });
    expect(rotate).toHaveAttribute('aria-controls', expect.stringMatching(/^rotate-key-/));
    await user.click(rotate);
    expect(document.getElementById(rotate.getAttribute('aria-controls') ?? '')).toContainElement(
      screen.getByRole('form', { name: 'Rotate Payroll' }),
    );
    const form = screen.getByRole('form', { name: 'Rotate Payroll' });
    await user.selectOptions(within(form).getByLabelText('The old key stops working'), 'At once');
    await user.click(within(form).getByRole('button', { name: 'Rotate key' }));
    expect(await screen.findByTestId('rotated-key')).toHaveTextContent('wk_rotated-secret');
    expect(screen.getByTestId('old-key-end')).toHaveTextContent(
      'The old key (wk_AbCdEfG…) has stopped working.',
    );
    expect(api.posts()).toEqual([
      expect.objectContaining({ path: `/api/v1/api-keys/${old.id}/rotate`, body: { overlapHours: 0 } }),
    ]);
  });
});
