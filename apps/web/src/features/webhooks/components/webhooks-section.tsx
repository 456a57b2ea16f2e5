import { useRef } from 'react';
import { Card } from '../../../components/ui/card';
import { SkeletonBlock } from '../../../components/ui/skeleton';
import { useWebhookEndpoints } from '../api/get-webhook-endpoints';
import { WebhookEndpointForm } from './webhook-endpoint-form';
import { WebhookEndpointRow } from './webhook-endpoint-row';

const muted = 'text-sm text-slate-600 dark:text-slate-400';

/** Webhook endpoints: where the API POSTs the person's ledger events, signed with a secret shown once. */
export function WebhooksSection() {
  const endpoints = useWebhookEndpoints();
  // Where focus goes when the endpoint whose Delete button had it is gone, instead of to the page's start.
  const listHeading = useRef<HTMLHeadingElement>(null);
  return (
    <Card aria-labelledby="webhooks-heading">
      <h2 id="webhooks-heading" className="text-lg font-semibold">
        Webhooks
      </h2>
      <p className={`mt-1 ${muted}`}>
        Your wallets' events, POSTed to your URL and signed (Standard Webhooks).
      </p>
      <WebhookEndpointForm />
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
            <WebhookEndpointRow
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
