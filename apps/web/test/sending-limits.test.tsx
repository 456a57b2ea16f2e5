import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeApi, json, problem, wallet } from './fake-api';
import { openAction, renderWalletsPage } from './render-app';

const LIMITS = {
  tier: 'standard',
  requestsPerMinute: 100,
  limits: [
    {
      currency: 'USD',
      daily: { limit: 10000, sent: 250.5, remaining: 9749.5, resetsAt: '2026-12-08T00:00:00.000Z' },
      monthly: { limit: 50000, sent: 1250.5, remaining: 48749.5, resetsAt: '2027-01-01T00:00:00.000Z' },
    },
  ],
};

const limitsRoute = (call: { method: string; path: string }) =>
  call.method === 'GET' && call.path === '/api/v1/account/limits' ? json(200, LIMITS) : undefined;

const DETAIL =
  "25.00 USD would take what you send out today (UTC) past the standard tier's daily limit of 10000.00 USD: 10.00 USD is left today (UTC).";

describe('sending limits on the send form', () => {
  it('says quietly what is left today and this month in the wallet currency', async () => {
    fakeApi([wallet({ name: 'Alpha', balance: 5 }), wallet({ name: 'Beta' })], () => json(500, {}), {
      routes: limitsRoute,
    });
    renderWalletsPage();
    await openAction(userEvent.setup(), 'Send');
    const line = await screen.findByTestId('sending-limits');
    expect(line).toHaveTextContent('Standard tier: $9,749.50 left today, $48,749.50 this month');
  });

  it('says nothing for a currency the tier does not limit', async () => {
    const api = fakeApi(
      [wallet({ currency: 'JPY', name: 'Yen', balance: 5 }), wallet({ currency: 'JPY', name: 'Yen 2' })],
      () => json(500, {}),
      { routes: limitsRoute },
    );
    renderWalletsPage();
    await openAction(userEvent.setup(), 'Send');
    await screen.findByRole('form', { name: 'Send money' });
    await waitFor(() => expect(api.calls.some((c) => c.path === '/api/v1/account/limits')).toBe(true));
    expect(screen.queryByTestId('sending-limits')).not.toBeInTheDocument();
  });

  it('shows a LIMIT_EXCEEDED decline, with the limit and what is left, at the amount', async () => {
    // (The API limits only transfers to other people; the form shows every decline the same way, so the
    // shortest path through it, to the person's own second wallet, stands in.)
    const a = wallet({ name: 'Alpha', balance: 50 });
    const b = wallet({ name: 'Beta', balance: 0 });
    fakeApi([a, b], () => problem(422, 'LIMIT_EXCEEDED', DETAIL), { routes: limitsRoute });
    renderWalletsPage();
    const user = userEvent.setup();
    const form = within(await openAction(user, 'Send')).getByRole('form', { name: 'Send money' });
    await user.type(within(form).getByLabelText('Amount to send (USD)'), '25');
    await user.click(within(form).getByRole('button', { name: /send to beta/i }));
    expect(await within(form).findByRole('alert')).toHaveTextContent(DETAIL);
    // Rolled back: nothing moved.
    await waitFor(() => expect(screen.getByTestId(`list-balance-${a.id}`)).toHaveTextContent('$50.00'));
  });
});
