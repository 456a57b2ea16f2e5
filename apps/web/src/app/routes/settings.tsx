import type { QueryClient } from '@tanstack/react-query';
import { useMe } from '../../features/auth/api/get-me';
import { getSecurityHistoryQueryOptions } from '../../features/security-history/api/get-security-history';
import { SecurityHistory } from '../../features/security-history/components/security-history';
import { getSessionsQueryOptions } from '../../features/settings/api/get-sessions';
import { SettingsPage } from '../../features/settings/components/settings-page';

export const clientLoader = (queryClient: QueryClient) => () => {
  void queryClient.prefetchQuery(getSessionsQueryOptions());
  void queryClient.prefetchInfiniteQuery(getSecurityHistoryQueryOptions());
  return null;
};

export function SettingsRoute() {
  // RequireUser has loaded the person before this renders.
  const me = useMe();
  return (
    <SettingsPage
      twoFactor={me.data?.twoFactor ?? false}
      displayName={me.data?.displayName ?? null}
      securityHistory={<SecurityHistory />}
    />
  );
}
