import type { WebhookEventType } from '@wallet/contract/constants';
import { type FormEvent, useState } from 'react';
import { ApiError } from '../../../lib/api-client';
import { useCreateWebhookEndpoint } from '../api/create-webhook-endpoint';

/**
 * The new-endpoint form's state: URL, events, an error at each (the API's refusal lands at the field it
 * names), and the signing secret shown once after adding.
 */
export function useWebhookEndpointForm() {
  const create = useCreateWebhookEndpoint();
  const [url, setUrl] = useState('');
  const [events, setEvents] = useState<WebhookEventType[]>(['transaction.succeeded']);
  const [error, setError] = useState<string | undefined>();
  // Said at the events, not at the URL: the URL may be fine, and its field is not the one to fix.
  const [eventsError, setEventsError] = useState<string | undefined>();
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

  return { url, setUrl, events, setEvents, error, eventsError, secret, submit, isPending: create.isPending };
}
