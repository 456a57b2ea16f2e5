import type { WebhookEndpoint } from '@wallet/contract';
import { WEBHOOK_EVENT_TYPES, type WebhookEventType } from '@wallet/contract/constants';
import { Webhook } from 'lucide-react';
import { type FormEvent, useId, useRef, useState } from 'react';
import { Button } from '../../../components/ui/button';
import { Card } from '../../../components/ui/card';
import { TextField } from '../../../components/ui/field';
import { SecretOnce } from '../../../components/ui/secret-once';
import { SkeletonBlock } from '../../../components/ui/skeleton';
import { ApiError } from '../../../lib/api-client';
import {
  useCreateWebhookEndpoint,
  useDeleteWebhookEndpoint,
  useResendDelivery,
  useWebhookDeliveries,
  useWebhookEndpoints,
} from '../api/webhooks';

const muted = 'text-sm text-slate-600 dark:text-slate-400';

/** Webhook endpoints: where the API POSTs the person's ledger events, signed with a secret shown once. */
export function WebhooksSection() {
  const endpoints = useWebhookEndpoints();
  const create = useCreateWebhookEndpoint();
  const [url, setUrl] = useState('');
  const [events, setEvents] = useState<WebhookEventType[]>(['transaction.succeeded']);
  const [error, setError] = useState<string | undefined>();
  // Said at the events, not at the URL: the URL may be fine, and its field is not the one to fix.
  const [eventsError, setEventsError] = useState<string | undefined>();
  const eventsErrorId = useId();
  // Where focus goes when the endpoint whose Delete button had it is gone, instead of to the page's start.
  const listHeading = useRef<HTMLHeadingElement>(null);
  const [secret, setSecret] = useState<{ url: string; secret: string } | null>(null);

  function submit(event: FormEvent) {
    event.preventDefault();
    setError(url.trim() ? undefined : 'Give the URL that should receive the events');
    setEventsError(events.length === 0 ? 'Pick at least one event' : undefined);
    if (!url.trim() || events.length === 0) return;
    create.mutate(
      { url: url.trim(), events },
      {
        onSuccess: (created) => {
          setSecret({ url: created.url, secret: created.secret });
          setUrl('');
        },
        onError: (failure) => {
          if (!(failure instanceof ApiError)) return;
          const at = (field: string) => failure.fieldErrors.find((f) => f.field.startsWith(field))?.message;
          setEventsError(at('events'));
          setError(at('url') ?? (at('events') ? undefined : failure.detail));
        },
      },
    );
  }

  return (
    <Card aria-labelledby="webhooks-heading">
      <h2 id="webhooks-heading" className="text-lg font-semibold">
        Webhooks
      </h2>
      <p className={`mt-1 ${muted}`}>
        Your wallets' events, POSTed to your URL and signed (Standard Webhooks).
      </p>
      <form onSubmit={submit} className="mt-4 grid gap-4" aria-label="New webhook endpoint">
        <TextField
          label="Endpoint URL"
          type="url"
          value={url}
          maxLength={2048}
          placeholder="https://example.com/webhooks"
          onChange={(e) => setUrl(e.target.value)}
          error={error}
        />
        <fieldset aria-describedby={eventsError ? eventsErrorId : undefined}>
          <legend className="text-sm font-medium text-slate-800 dark:text-slate-200">Events</legend>
          <div className="mt-2 grid gap-2">
            {WEBHOOK_EVENT_TYPES.map((type) => (
              <label key={type} className="flex items-center gap-2 text-sm">
                <input
                  type="checkbox"
                  className="size-4 accent-indigo-600"
                  checked={events.includes(type)}
                  onChange={(e) =>
                    setEvents((current) =>
                      e.target.checked ? [...current, type] : current.filter((t) => t !== type),
                    )
                  }
                />
                <code>{type}</code>
              </label>
            ))}
          </div>
          {eventsError ? (
            <p id={eventsErrorId} role="alert" className="mt-1 text-sm text-red-700 dark:text-red-300">
              {eventsError}
            </p>
          ) : null}
        </fieldset>
        <div>
          <Button type="submit" disabled={create.isPending}>
            <Webhook aria-hidden="true" size={16} />
            {create.isPending ? 'Adding…' : 'Add endpoint'}
          </Button>
        </div>
      </form>
      {secret ? (
        <SecretOnce
          title={`Copy the signing secret for ${secret.url} now: you won't see it again.`}
          secret={secret.secret}
          testId="webhook-secret"
        />
      ) : null}
      <h3 ref={listHeading} tabIndex={-1} className="mt-6 font-semibold">
        Your endpoints
      </h3>
      {endpoints.isPending ? (
        <div className="mt-3">
          <SkeletonBlock label="Loading your webhook endpoints" />
        </div>
      ) : endpoints.isError ? (
        <p role="alert" className="mt-2 text-sm text-red-700 dark:text-red-300">
          The endpoints could not be loaded. {endpoints.error.message}
        </p>
      ) : endpoints.data.length === 0 ? (
        <p className={`mt-2 ${muted}`}>No endpoints yet.</p>
      ) : (
        <ul className="mt-2 divide-y divide-slate-200 dark:divide-slate-800" aria-label="Webhook endpoints">
          {endpoints.data.map((endpoint) => (
            <EndpointRow
              key={endpoint.id}
              endpoint={endpoint}
              onDeleted={() => listHeading.current?.focus()}
            />
          ))}
        </ul>
      )}
    </Card>
  );
}

function EndpointRow({ endpoint, onDeleted }: { endpoint: WebhookEndpoint; onDeleted: () => void }) {
  const remove = useDeleteWebhookEndpoint(onDeleted);
  const [open, setOpen] = useState(false);
  return (
    <li className="py-3" data-testid="webhook-row">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <div className="min-w-0">
          <p className="break-all font-medium">{endpoint.url}</p>
          <p className={muted}>
            {endpoint.events.join(', ')} · added {new Date(endpoint.createdAt).toLocaleString()}
          </p>
        </div>
        <div className="flex gap-2">
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
      {open ? <Deliveries endpointId={endpoint.id} /> : null}
    </li>
  );
}

function Deliveries({ endpointId }: { endpointId: string }) {
  const deliveries = useWebhookDeliveries(endpointId);
  const resend = useResendDelivery(endpointId);
  if (deliveries.isPending) return <SkeletonBlock label="Loading deliveries" lines={2} />;
  if (deliveries.isError)
    return (
      <p role="alert" className="mt-2 text-sm text-red-700 dark:text-red-300">
        The deliveries could not be loaded. {deliveries.error.message}
      </p>
    );
  if (deliveries.data.length === 0) return <p className={`mt-2 ${muted}`}>Nothing sent yet.</p>;
  return (
    <ul className="mt-2 grid gap-1 text-sm" aria-label="Recent deliveries">
      {deliveries.data.map((d) => (
        <li key={d.id} className="flex flex-wrap items-center gap-2">
          {d.type}: {d.status}, {d.attempts} attempts, last answer {d.lastStatusCode ?? d.lastError ?? '—'}
          {d.lastAttemptAt ? ` at ${new Date(d.lastAttemptAt).toLocaleString()}` : ''}
          {d.status === 'failed' ? (
            <Button
              variant="secondary"
              disabled={resend.isPending}
              aria-label={`Resend the ${d.type} delivery`}
              onClick={() => resend.mutate(d.id)}
            >
              Resend
            </Button>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
