import { useState } from 'react';
import { RouterProvider } from 'react-router';
import { createQueryClient } from '../lib/query-client';
import { ThemeContext, useTheme } from '../lib/theme';
import { AppProviders } from './providers';
import { createAppRouter } from './router';

export function App() {
  const theme = useTheme();
  const [queryClient] = useState(createQueryClient);
  const [router] = useState(() => createAppRouter(queryClient));
  return (
    <ThemeContext value={theme}>
      <AppProviders theme={theme.theme} queryClient={queryClient}>
        <RouterProvider router={router} />
      </AppProviders>
    </ThemeContext>
  );
}
