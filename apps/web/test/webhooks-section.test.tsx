import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { WebhookDelivery, WebhookEndpoint } from '@wallet/contract';
import { fakeApi, json, type RecordedCall } from './fake-api';
import { renderAt } from './render-app';

const ENDPOINTS = '/api/v1/webhook-endpoints';
const SECRET = 'whsec_c2VjcmV0LW9mLXRoZS10ZXN0LW9ubHktc2hvd24tb25jZQ==';

function endpoint(overrides: Partial<WebhookEndpoint> = {}): WebhookEndpoint {
  return {
    id: crypto.randomUUID(),
    url: 'https://hooks.example.com/wallet',
    events: ['transaction.succeeded'],
    mode: 'live',
    createdAt: '2026-11-27T10:00:00.000Z',
    ...overrides,
  };
}

function delivery(overrides: Partial<WebhookDelivery> = {}): WebhookDelivery {
  return {
    id: crypto.randomUUID(),
    eventId: crypto.randomUUID(),
    type: 'transaction.succeeded',
    status: 'succeeded',
    attempts: 1,
    lastAttemptAt: '2026-11-27T10:01:00.000Z',
    lastStatusCode: 204,
    lastError: null,
    nextAttemptAt: null,
    deliveredAt: '2026-11-27T10:01:00.000Z',
    createdAt: '2026-11-27T10:01:00.000Z',
    ...overrides,
  };
}

/**
 * The webhook endpoints API as the dashboard sees it, kept in memory: the list, creation (its answer
 * alone carries the secret), deletion, deliveries and their retry. `onCreate` may answer a creation
 * itself (a refusal).
 */
function webhooksApi(
  endpoints: WebhookEndpoint[],
  deliveries: Record<string, WebhookDelivery[]> = {},
  onCreate?: (call: RecordedCall) => Response | undefined,
) {
  const routes = (call: RecordedCall): Response | undefined => {
    const path = call.path.split('?')[0] ?? '';
    if (path === '/api/v1/api-keys' && call.method === 'GET') return json(200, { data: [] });
    if (path === ENDPOINTS && call.method === 'GET') return json(200, { data: endpoints, nextCursor: null });
    if (path === ENDPOINTS && call.method === 'POST') {
      const refused = onCreate?.(call);
      if (refused) return refused;
      const created = endpoint(call.body as Pick<WebhookEndpoint, 'url' | 'events'>);
      endpoints.push(created);
      return json(201, { ...created, secret: SECRET });
    }
    const [, id, rest] = path.match(/^\/api\/v1\/webhook-endpoints\/([^/]+)(.*)$/) ?? [];
    if (!id) return undefined;
    if (call.method === 'DELETE' && rest === '') {
      endpoints.splice(
        endpoints.findIndex((e) => e.id === id),
        1,
      );
      return new Response(null, { status: 204 });
    }
    if (call.method === 'GET' && rest === '/deliveries')
      return json(200, { data: deliveries[id] ?? [], nextCursor: null });
    if (call.method === 'POST' && rest === '/test') {
      const sent = delivery({ type: 'webhook.test', status: 'pending', attempts: 0, lastStatusCode: null });
      deliveries[id] = [sent, ...(deliveries[id] ?? [])];
      return json(201, sent);
    }
    const retried = deliveries[id]?.find((d) => rest === `/deliveries/${d.id}/retry`);
    if (call.method === 'POST' && retried) {
      retried.status = 'pending';
      return json(202, retried);
    }
    return undefined;
  };
  return fakeApi([], () => json(500, {}), { routes });
}

const section = () => screen.getByRole('region', { name: 'Webhooks' });
const form = () => screen.getByRole('form', { name: 'New webhook endpoint' });

describe('the Webhooks section of the API keys page', () => {
  it('lists the endpoints the API answers with, with their events, or says there are none', async () => {
    webhooksApi([
      endpoint({ url: 'https://a.example.com/hook', events: ['transaction.succeeded', 'refund.succeeded'] }),
      endpoint({ url: 'https://b.example.com/hook', events: ['transaction.failed'], mode: 'test' }),
    ]);
    const { unmount } = renderAt('/api-keys');
    const list = await screen.findByRole('list', { name: 'Webhook endpoints' });
    const rows = within(list).getAllByTestId('webhook-row');
    expect(rows).toHaveLength(2);
    expect(rows[0]).toHaveTextContent('https://a.example.com/hook');
    expect(rows[0]).toHaveTextContent('transaction.succeeded, refund.succeeded');
    expect(rows[1]).toHaveTextContent('https://b.example.com/hook');
    expect(rows[1]).toHaveTextContent('transaction.failed');
    // A test endpoint (made in test mode) is marked so; a live one is not.
    expect(rows[1]).toHaveTextContent('Test');
    expect(rows[0]).not.toHaveTextContent('Test');
    unmount();

    webhooksApi([]);
    renderAt('/api-keys');
    expect(await screen.findByText('No endpoints yet.')).toBeInTheDocument();
  });

  it('asks for a URL and at least one event, each at its own field, before sending anything', async () => {
    const api = webhooksApi([]);
    renderAt('/api-keys');
    const user = userEvent.setup();
    const url = await screen.findByLabelText('Endpoint URL');
    await user.click(within(form()).getByRole('button', { name: 'Add endpoint' }));
    expect(await within(form()).findByRole('alert')).toHaveTextContent(
      'Give the URL that should receive the events',
    );
    expect(url).toHaveAttribute('aria-invalid', 'true');
    expect(url).toHaveAccessibleDescription('Give the URL that should receive the events');

    await user.type(url, 'https://hooks.example.com/wallet');
    const events = within(form()).getByRole('group', { name: 'Events' });
    // One event is picked to start with; untick it.
    await user.click(within(events).getByRole('checkbox', { name: 'transaction.succeeded' }));
    await user.click(within(form()).getByRole('button', { name: 'Add endpoint' }));
    expect(await within(form()).findByRole('alert')).toHaveTextContent('Pick at least one event');
    // The complaint is about the events, not the URL, which is fine now.
    expect(events).toHaveAccessibleDescription('Pick at least one event');
    expect(url).not.toHaveAttribute('aria-invalid');
    expect(api.calls.filter((c) => c.path.startsWith(ENDPOINTS) && c.method === 'POST')).toHaveLength(0);
  });

  it("shows the API's refusal of a URL at the URL field", async () => {
    webhooksApi([], {}, () =>
      json(
        400,
        {
          type: 'urn:wallet:problem:VALIDATION_FAILED',
          title: 'VALIDATION_FAILED',
          status: 400,
          code: 'VALIDATION_FAILED',
          detail: 'The request is not valid.',
          errors: [{ field: 'url', message: '10.0.0.1 is not a public address (private)' }],
        },
        'application/problem+json',
      ),
    );
    renderAt('/api-keys');
    const user = userEvent.setup();
    const url = await screen.findByLabelText('Endpoint URL');
    await user.type(url, 'http://10.0.0.1/hook');
    await user.click(within(form()).getByRole('button', { name: 'Add endpoint' }));
    await waitFor(() =>
      expect(url).toHaveAccessibleDescription('10.0.0.1 is not a public address (private)'),
    );
    expect(url).toHaveAttribute('aria-invalid', 'true');
    expect(screen.queryByTestId('webhook-secret')).not.toBeInTheDocument();
  });

  it('adds an endpoint and shows its signing secret once, with the warning and a copy button', async () => {
    const api = webhooksApi([]);
    const { unmount } = renderAt('/api-keys');
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText('Endpoint URL'), '  https://hooks.example.com/wallet ');
    await user.click(screen.getByRole('checkbox', { name: 'refund.succeeded' }));
    await user.click(within(form()).getByRole('button', { name: 'Add endpoint' }));

    expect(await screen.findByTestId('webhook-secret')).toHaveTextContent(SECRET);
    expect(section()).toHaveTextContent(
      "Copy the signing secret for https://hooks.example.com/wallet now: you won't see it again.",
    );
    const posts = api.calls.filter((c) => c.path === ENDPOINTS && c.method === 'POST');
    expect(posts.map((c) => c.body)).toEqual([
      { url: 'https://hooks.example.com/wallet', events: ['transaction.succeeded', 'refund.succeeded'] },
    ]);
    expect(screen.getByLabelText('Endpoint URL')).toHaveValue('');
    // Listed (the list is asked again), and the list never carries the secret.
    const list = await screen.findByRole('list', { name: 'Webhook endpoints' });
    expect(within(list).getByTestId('webhook-row')).toHaveTextContent('https://hooks.example.com/wallet');
    expect(list).not.toHaveTextContent(SECRET);

    await user.click(within(section()).getByRole('button', { name: /Copy/ }));
    expect(await navigator.clipboard.readText()).toBe(SECRET);
    expect(await screen.findByText('Copied')).toBeInTheDocument();

    // Opened again (a reload), the page has the endpoint but not its secret.
    unmount();
    renderAt('/api-keys');
    expect(await screen.findByTestId('webhook-row')).toHaveTextContent('https://hooks.example.com/wallet');
    expect(screen.queryByTestId('webhook-secret')).not.toBeInTheDocument();
    expect(document.body).not.toHaveTextContent(SECRET);
  });

  it('says to copy the secret by hand when the browser has no clipboard', async () => {
    webhooksApi([]);
    renderAt('/api-keys');
    const user = userEvent.setup();
    jest.spyOn(navigator, 'clipboard', 'get').mockReturnValue(undefined as unknown as Clipboard);
    await user.type(await screen.findByLabelText('Endpoint URL'), 'https://hooks.example.com/wallet');
    await user.click(within(form()).getByRole('button', { name: 'Add endpoint' }));
    await screen.findByTestId('webhook-secret');
    await user.click(within(section()).getByRole('button', { name: /Copy/ }));
    expect(await screen.findByText(/copy it by hand/i)).toBeInTheDocument();
  });

  it('deletes an endpoint only once the person confirms', async () => {
    const kept = endpoint({ url: 'https://keep.example.com/hook' });
    const gone = endpoint({ url: 'https://gone.example.com/hook' });
    const api = webhooksApi([kept, gone]);
    renderAt('/api-keys');
    const user = userEvent.setup();
    const row = (await screen.findAllByTestId('webhook-row'))[1] as HTMLElement;
    const confirm = jest.spyOn(window, 'confirm').mockReturnValueOnce(false).mockReturnValueOnce(true);
    const deletes = () => api.calls.filter((c) => c.method === 'DELETE');

    // Each row's button names its endpoint: a list of "Delete, Delete" says nothing.
    await user.click(within(row).getByRole('button', { name: 'Delete https://gone.example.com/hook' }));
    expect(confirm).toHaveBeenLastCalledWith(
      'Delete the endpoint https://gone.example.com/hook? Nothing more will be sent to it.',
    );
    expect(deletes()).toHaveLength(0);

    await user.click(within(row).getByRole('button', { name: /^Delete/ }));
    await waitFor(() => expect(deletes().map((c) => c.path)).toEqual([`${ENDPOINTS}/${gone.id}`]));
    await waitFor(() => expect(screen.getAllByTestId('webhook-row')).toHaveLength(1));
    expect(screen.getByTestId('webhook-row')).toHaveTextContent('https://keep.example.com/hook');
    expect(await screen.findByText('Endpoint deleted')).toBeInTheDocument();
    // Focus does not fall back to the top of the page with the row that had it.
    expect(screen.getByRole('heading', { name: 'Your endpoints' })).toHaveFocus();
  });

  it('shows the deliveries of an endpoint, and offers Resend for a failed one only', async () => {
    const target = endpoint();
    const ok = delivery({ type: 'transaction.succeeded' });
    const failed = delivery({
      type: 'refund.succeeded',
      status: 'failed',
      attempts: 11,
      lastStatusCode: null,
      lastError: 'connection refused',
      deliveredAt: null,
    });
    const api = webhooksApi([target], { [target.id]: [failed, ok] });
    renderAt('/api-keys');
    const user = userEvent.setup();
    const toggle = await screen.findByRole('button', { name: `Deliveries to ${target.url}` });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    expect(toggle).toHaveAccessibleName(`Hide deliveries to ${target.url}`);

    const list = await screen.findByRole('list', { name: 'Recent deliveries' });
    const [failedRow, okRow] = within(list).getAllByRole('listitem');
    expect(failedRow).toHaveTextContent(
      'refund.succeeded: failed, 11 attempts, last answer connection refused',
    );
    expect(okRow).toHaveTextContent('transaction.succeeded: succeeded, 1 attempt, last answer 204');
    expect(within(okRow as HTMLElement).queryByRole('button')).not.toBeInTheDocument();

    await user.click(
      within(failedRow as HTMLElement).getByRole('button', { name: 'Resend the refund.succeeded delivery' }),
    );
    await waitFor(() =>
      expect(api.calls.filter((c) => c.method === 'POST').map((c) => c.path)).toEqual([
        `${ENDPOINTS}/${target.id}/deliveries/${failed.id}/retry`,
      ]),
    );
    expect(await screen.findByText('Delivery queued again')).toBeInTheDocument();
    // Asked again, the delivery is pending: nothing left to resend.
    await waitFor(() => expect(within(list).queryByRole('button', { name: /^Resend/ })).toBeNull());
  });

  it('sends a test event, says so, and shows its delivery in the opened list', async () => {
    const target = endpoint();
    const api = webhooksApi([target], { [target.id]: [] });
    renderAt('/api-keys');
    const user = userEvent.setup();
    const send = await screen.findByRole('button', { name: `Send a test event to ${target.url}` });
    expect(send).toHaveTextContent('Send test event');
    await user.click(send);
    await waitFor(() =>
      expect(api.calls.filter((c) => c.method === 'POST').map((c) => c.path)).toEqual([
        `${ENDPOINTS}/${target.id}/test`,
      ]),
    );
    expect(await screen.findByText('Test event sent: see its delivery below')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: `Hide deliveries to ${target.url}` })).toHaveAttribute(
      'aria-expanded',
      'true',
    );
    const list = await screen.findByRole('list', { name: 'Recent deliveries' });
    expect(within(list).getByRole('listitem')).toHaveTextContent('webhook.test: pending, 0 attempts');
  });
});
