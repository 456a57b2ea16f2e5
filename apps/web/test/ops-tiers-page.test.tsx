import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { AppProviders } from '../src/app/providers';
import { OpsTiersPage } from '../src/features/ops-tiers/components/ops-tiers-page';
import { UserTierForm } from '../src/features/ops-tiers/components/user-tier-form';
import { createQueryClient } from '../src/lib/query-client';
import { fakeApi, json } from './fake-api';

const TIERS = {
  data: [
    { name: 'anonymous', requestsPerMinute: 10, limits: {}, users: 0, updatedAt: '2026-12-07T09:00:00.000Z' },
    {
      name: 'standard',
      requestsPerMinute: 100,
      limits: { USD: { daily: 10000, monthly: 50000 } },
      users: 12,
      updatedAt: '2026-12-07T09:00:00.000Z',
    },
    {
      name: 'premium',
      requestsPerMinute: 1000,
      limits: { USD: { daily: 100000, monthly: null } },
      users: 1,
      updatedAt: '2026-12-07T09:00:00.000Z',
    },
  ],
};

function renderInConsole(ui: React.ReactNode) {
  return render(
    <AppProviders theme="light" queryClient={createQueryClient()}>
      {ui}
    </AppProviders>,
  );
}

describe('the tiers page of the operator console', () => {
  it('lists each tier with its requests a minute, users and sending limits', async () => {
    fakeApi([], () => json(500, {}), {
      routes: (call) =>
        call.method === 'GET' && call.path === '/api/v1/ops/tiers' ? json(200, TIERS) : undefined,
    });
    renderInConsole(<OpsTiersPage />);
    const rows = await screen.findAllByTestId('tier-row');
    expect(rows).toHaveLength(3);
    expect(rows[1]).toHaveTextContent('100 requests a minute · 12 users');
    expect(rows[1]).toHaveTextContent('USD: $10,000.00 a day, $50,000.00 a month');
    expect(rows[2]).toHaveTextContent('USD: $100,000.00 a day, no monthly limit');
    expect(rows[0]).toHaveTextContent('callers without a credential');
  });

  it('sends an edit as the whole tier, only the currencies with a limit, and shows the field the API refuses', async () => {
    const api = fakeApi([], () => json(500, {}), {
      routes: (call) => {
        if (call.method === 'GET' && call.path === '/api/v1/ops/tiers') return json(200, TIERS);
        if (call.method === 'PUT')
          return json(
            400,
            {
              type: 'urn:wallet:problem:validation-failed',
              title: 'The request is not valid',
              status: 400,
              code: 'VALIDATION_FAILED',
              detail: 'The limits are not valid: limits.USD.daily USD has 2 decimal places at most.',
              errors: [{ field: 'limits.USD.daily', message: 'USD has 2 decimal places at most' }],
            },
            'application/problem+json',
          );
        return undefined;
      },
    });
    renderInConsole(<OpsTiersPage />);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Edit standard' }));
    const form = screen.getByRole('form', { name: 'Edit the standard tier' });
    const perMinute = within(form).getByLabelText('Requests a minute');
    await user.clear(perMinute);
    await user.type(perMinute, '250');
    const daily = within(form).getByLabelText('USD a day');
    await user.clear(daily);
    await user.type(daily, '20.001');
    await user.type(within(form).getByLabelText('EUR a month'), '300');
    await user.click(within(form).getByRole('button', { name: 'Save tier' }));
    await waitFor(() => expect(api.calls.filter((c) => c.method === 'PUT')).toHaveLength(1));
    const put = api.calls.find((c) => c.method === 'PUT');
    expect(put?.path).toBe('/api/v1/ops/tiers/standard');
    expect(put?.body).toEqual({
      requestsPerMinute: 250,
      limits: { USD: { daily: '20.001', monthly: '50000' }, EUR: { daily: null, monthly: '300' } },
    });
    expect(await within(form).findByText('USD has 2 decimal places at most')).toBeInTheDocument();
  });

  it("changes a user's tier, never offering anonymous", async () => {
    const api = fakeApi([], () => json(500, {}), {
      routes: (call) => {
        if (call.method === 'GET' && call.path === '/api/v1/ops/tiers') return json(200, TIERS);
        if (call.method === 'PUT') return json(200, { userId: 'u1', tier: 'premium' });
        return undefined;
      },
    });
    renderInConsole(<UserTierForm userId="u1" tier="standard" />);
    const user = userEvent.setup();
    const select = await screen.findByLabelText('Tier');
    await waitFor(() => expect(within(select).getAllByRole('option')).toHaveLength(2));
    expect(within(select).queryByRole('option', { name: 'anonymous' })).not.toBeInTheDocument();
    await user.selectOptions(select, 'premium');
    await user.click(screen.getByRole('button', { name: 'Save tier' }));
    await waitFor(() => expect(api.calls.some((c) => c.method === 'PUT')).toBe(true));
    expect(api.calls.find((c) => c.method === 'PUT')).toMatchObject({
      path: '/api/v1/ops/users/u1/tier',
      body: { tier: 'premium' },
    });
  });
});
