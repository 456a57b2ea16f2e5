import type { QueryClient } from '@tanstack/react-query';
import { useMe } from '../../features/auth/api/get-me';
import { getSessionsQueryOptions } from '../../features/settings/api/get-sessions';
import { SettingsPage } from '../../features/settings/components/settings-page';

export const clientLoader = (queryClient: QueryClient) => () => {
  void queryClient.prefetchQuery(getSessionsQueryOptions());
  return null;
};

export function SettingsRoute() {
  // RequireUser has loaded the person before this renders.
  const me = useMe();
  // The security history section goes in SettingsPage's `securityHistory` slot once it exists.
  return <SettingsPage twoFactor={me.data?.twoFactor ?? false} />;
}
