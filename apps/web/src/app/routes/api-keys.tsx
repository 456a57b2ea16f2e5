import type { QueryClient } from '@tanstack/react-query';
import { getApiKeysQueryOptions } from '../../features/api-keys/api/get-api-keys';
import { ApiKeysPage } from '../../features/api-keys/components/api-keys-page';
import { getWebhookEndpointsQueryOptions } from '../../features/webhooks/api/get-webhook-endpoints';
import { WebhooksSection } from '../../features/webhooks/components/webhooks-section';

export const clientLoader = (queryClient: QueryClient) => () => {
  void queryClient.prefetchQuery(getApiKeysQueryOptions());
  void queryClient.prefetchQuery(getWebhookEndpointsQueryOptions());
  return null;
};

export function ApiKeysRoute() {
  return (
    <div className="grid gap-6">
      <ApiKeysPage />
      <WebhooksSection />
    </div>
  );
}
