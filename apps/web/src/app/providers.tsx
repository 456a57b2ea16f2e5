import { type QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Toaster } from 'sonner';
import type { Theme } from '../lib/theme';

export function AppProviders({
  children,
  theme,
  queryClient,
}: {
  children: ReactNode;
  theme: Theme;
  queryClient: QueryClient;
}) {
  return (
    <QueryClientProvider client={queryClient}>
      {children}
      {/* Bottom right, clear of the header's buttons and of the forms' submit buttons on the left. */}
      <Toaster
        theme={theme}
        position="bottom-right"
        offset={{ bottom: 24, right: 24 }}
        // On a phone, above the wallet page's action bar pinned to the bottom of the screen.
        mobileOffset={{ bottom: 96 }}
        closeButton
        toastOptions={{ className: 'wallet-toast' }}
      />
    </QueryClientProvider>
  );
}
