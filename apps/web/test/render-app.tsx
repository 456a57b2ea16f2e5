import { render, screen, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { App } from '../src/app/app';
import { AppProviders } from '../src/app/providers';
import { createRoutes } from '../src/app/router';
import { createQueryClient } from '../src/lib/query-client';

/** The whole dashboard at one address, in memory: the same routes as the browser's. */
export function renderAt(path: string) {
  const queryClient = createQueryClient();
  const router = createMemoryRouter(createRoutes(queryClient), { initialEntries: [path] });
  const view = render(
    <AppProviders theme="light" queryClient={queryClient}>
      <RouterProvider router={router} />
    </AppProviders>,
  );
  return { ...view, router, queryClient };
}

/** The wallets area as a signed-in person first sees it. */
export function renderWalletsPage() {
  return renderAt('/');
}

/** The dashboard as a browser opens it at "/". */
export function renderApp() {
  return renderAt('/');
}

/** The real entry point, with the browser's own router. */
export function renderBrowserApp() {
  return render(<App />);
}

/** Opens one of the wallet page's actions from its action bar; answers its dialog. */
export async function openAction(user: UserEvent, label: string) {
  const bar = await screen.findByRole('navigation', { name: 'Wallet actions' });
  await user.click(within(bar).getByRole('button', { name: label }));
  return screen.findByRole('dialog', { name: label });
}
