import { WEBHOOK_EVENT_TYPES } from '@wallet/contract/constants';
import { Webhook } from 'lucide-react';
import { Button } from '../../../components/ui/button';
import { CheckboxGroup } from '../../../components/ui/checkbox-group';
import { TextField } from '../../../components/ui/field';
import { SecretOnce } from '../../../components/ui/secret-once';
import { useWebhookEndpointForm } from '../hooks/use-webhook-endpoint-form';

const EVENT_OPTIONS = WEBHOOK_EVENT_TYPES.map((type) => ({ value: type, label: <code>{type}</code> }));

/** A new endpoint: its URL and the events it wants; its signing secret is shown this once. */
export function WebhookEndpointForm() {
  const form = useWebhookEndpointForm();
  return (
    <>
      <form onSubmit={form.submit} className="mt-4 grid gap-4" aria-label="New webhook endpoint">
        <TextField
          label="Endpoint URL"
          type="url"
          value={form.url}
          maxLength={2048}
          placeholder="https://example.com/webhooks"
          onChange={(e) => form.setUrl(e.target.value)}
          error={form.error}
        />
        <CheckboxGroup
          legend="Events"
          options={EVENT_OPTIONS}
          value={form.events}
          onChange={form.setEvents}
          error={form.eventsError}
        />
        <div>
          <Button type="submit" disabled={form.isPending}>
            <Webhook aria-hidden="true" size={16} />
            {form.isPending ? 'Adding…' : 'Add endpoint'}
          </Button>
        </div>
      </form>
      {form.secret ? (
        <SecretOnce
          title={`Copy the signing secret for ${form.secret.url} now: you won't see it again.`}
          secret={form.secret.secret}
          testId="webhook-secret"
        />
      ) : null}
    </>
  );
}
