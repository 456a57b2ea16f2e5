import type { QueryClient } from '@tanstack/react-query';
import { getApiKeysQueryOptions } from '../../features/api-keys/api/get-api-keys';
import { ApiKeysPage } from '../../features/api-keys/components/api-keys-page';
import { getSecurityHistoryQueryOptions } from '../../features/security-history/api/get-security-history';
import { SecurityHistory } from '../../features/security-history/components/security-history';
import { getWebhookEndpointsQueryOptions } from '../../features/webhooks/api/get-webhook-endpoints';
import { WebhooksSection } from '../../features/webhooks/components/webhooks-section';

export const clientLoader = (queryClient: QueryClient) => () => {
  void queryClient.prefetchQuery(getApiKeysQueryOptions());
  void queryClient.prefetchQuery(getWebhookEndpointsQueryOptions());
  void queryClient.prefetchInfiniteQuery(getSecurityHistoryQueryOptions());
  return null;
};

export function ApiKeysRoute() {
  return (
    <div className="grid gap-6">
      <ApiKeysPage />
      <WebhooksSection />
      {/* Until the Settings page has its place for it. */}
      <SecurityHistory />
    </div>
  );
}
