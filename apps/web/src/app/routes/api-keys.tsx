import { ApiKeysPage } from '../../features/api-keys/components/api-keys-page';
import { WebhooksSection } from '../../features/webhooks/components/webhooks-section';

export function ApiKeysRoute() {
  return (
    <div className="grid gap-6">
      <ApiKeysPage />
      <WebhooksSection />
    </div>
  );
}
