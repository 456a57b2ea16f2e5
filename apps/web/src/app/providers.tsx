import { QueryClientProvider } from '@tanstack/react-query';
import { type ReactNode, useState } from 'react';
import { Toaster } from 'sonner';
import { createQueryClient } from '../lib/query-client';
import type { Theme } from '../lib/theme';

export function AppProviders({ children, theme }: { children: ReactNode; theme: Theme }) {
  const [queryClient] = useState(createQueryClient);
  return (
    <QueryClientProvider client={queryClient}>
      {children}
      <Toaster theme={theme} position="top-right" closeButton toastOptions={{ className: 'wallet-toast' }} />
    </QueryClientProvider>
  );
}
