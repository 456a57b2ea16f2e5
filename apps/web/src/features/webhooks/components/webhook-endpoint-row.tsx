import type { WebhookEndpoint } from '@wallet/contract';
import { useState } from 'react';
import { Button } from '../../../components/ui/button';
import { useDeleteWebhookEndpoint } from '../api/delete-webhook-endpoint';
import { useSendTestEvent } from '../api/send-webhook-test-event';
import { WebhookDeliveries } from './webhook-deliveries';

/**
 * One endpoint: its URL and events, its deliveries on request, Send test event (which opens the
 * deliveries, where the test's delivery shows), and Delete once confirmed.
 */
export function WebhookEndpointRow({
  endpoint,
  onDeleted,
}: {
  endpoint: WebhookEndpoint;
  onDeleted: () => void;
}) {
  const remove = useDeleteWebhookEndpoint(onDeleted);
  const [open, setOpen] = useState(false);
  const test = useSendTestEvent(endpoint.id, () => setOpen(true));
  return (
    <li className="py-3" data-testid="webhook-row">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <div className="min-w-0">
          <p className="break-all font-medium">
            {endpoint.url}
            {endpoint.mode === 'test' ? (
              <span className="ml-2 rounded bg-amber-100 px-1.5 py-0.5 text-xs font-semibold text-amber-950 dark:bg-amber-950 dark:text-amber-100">
                Test
              </span>
            ) : null}
          </p>
          <p className="text-sm text-slate-600 dark:text-slate-400">
            {endpoint.events.join(', ')} · added {new Date(endpoint.createdAt).toLocaleString()}
          </p>
        </div>
        <div className="flex flex-wrap gap-2">
          <Button
            variant="secondary"
            aria-expanded={open}
            aria-label={`${open ? 'Hide deliveries' : 'Deliveries'} to ${endpoint.url}`}
            onClick={() => setOpen((o) => !o)}
          >
            {open ? 'Hide deliveries' : 'Deliveries'}
          </Button>
          <Button
            variant="secondary"
            disabled={test.isPending}
            aria-label={`Send a test event to ${endpoint.url}`}
            onClick={() => test.mutate()}
          >
            Send test event
          </Button>
          <Button
            variant="secondary"
            disabled={remove.isPending}
            aria-label={`Delete ${endpoint.url}`}
            onClick={() => {
              if (window.confirm(`Delete the endpoint ${endpoint.url}? Nothing more will be sent to it.`))
                remove.mutate(endpoint.id);
            }}
          >
            Delete
          </Button>
        </div>
      </div>
      {open ? <WebhookDeliveries endpointId={endpoint.id} /> : null}
    </li>
  );
}
