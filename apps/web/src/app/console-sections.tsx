/**
 * THE OPERATOR CONSOLE'S PLUG-IN POINTS: every console feature is wired in here, one entry each.
 *
 * - CONSOLE_SECTIONS: a view under /ops with its place in the console's navigation. The router makes a
 *   route of each (its code loads when first opened), and the navigation lists those with a label.
 * - USER_PAGE_PANELS / WALLET_PAGE_PANELS: cards placed on a user's page (/ops/users/:id) and a wallet's
 *   page (/ops/wallets/:id), between the page's summary and its lists, in the order given here. Each
 *   gets the page as loaded and who is looking (their id and staff role), and shows nothing it may not.
 *
 * Features never import each other: a console feature exports its component, and this file (the app)
 * places it. Staff-only already: everything here renders only for a signed-in member of staff.
 */
import type { QueryClient } from '@tanstack/react-query';
import type { components } from '@wallet/contract';
import { Gauge, House, ListChecks, Scale, ScrollText, ShieldAlert } from 'lucide-react';
import { type ComponentType, lazy, type ReactNode } from 'react';
import type { LoaderFunction } from 'react-router';
import { paths } from '../lib/paths';
import type { StaffRole } from '../lib/staff';

type Schemas = components['schemas'];

export interface Viewer {
  id: string;
  role: StaffRole;
}

export interface ConsoleSection {
  /** Its route under /ops ('reviews', 'reviews/:reviewId'); '' is the console's home. */
  path: string;
  /** In the navigation with this label and icon; without a label it is a route only (a detail view). */
  label?: string;
  icon?: ReactNode;
  /** Shown in the navigation to these roles only (every role when absent); the API still decides. */
  roles?: StaffRole[];
  /** The view (and its loader), loaded when first opened. It may read the viewer from `useMe()`. */
  load: (queryClient: QueryClient) => Promise<{ Component: ComponentType; loader?: LoaderFunction }>;
}

export interface UserPanelProps {
  user: Schemas['StaffUser'];
  wallets: Schemas['OpsWallet'][];
  viewer: Viewer;
}

export interface WalletPanelProps {
  wallet: Schemas['OpsWallet'];
  owner: Schemas['StaffUser'] | null;
  viewer: Viewer;
}

const icon = (Icon: typeof House) => <Icon aria-hidden="true" size={16} />;

/** A panel whose code loads with the page that shows it. */
export const panel = <P,>(load: () => Promise<{ default: ComponentType<P> }>) => lazy(load);

/** The console's views after its home (which is the search and the books check). */
export const CONSOLE_SECTIONS: ConsoleSection[] = [
  {
    path: 'audit',
    label: 'Audit trail',
    icon: icon(ScrollText),
    load: (queryClient) =>
      import('./routes/ops').then((m) => ({
        Component: m.OpsAuditRoute,
        loader: m.auditLoader(queryClient),
      })),
  },
  {
    path: 'reviews',
    label: 'Review queue',
    icon: icon(ShieldAlert),
    load: () =>
      import('../features/ops-reviews/components/review-queue-page').then((m) => ({
        Component: m.ReviewQueuePage,
      })),
  },
  {
    path: 'review-rules',
    label: 'Review rules',
    icon: icon(ListChecks),
    load: () =>
      import('../features/ops-reviews/components/review-rules-page').then((m) => ({
        Component: m.ReviewRulesPage,
      })),
  },
  {
    path: 'adjustments',
    label: 'Adjustments',
    icon: icon(Scale),
    load: () => import('./routes/ops-sections').then((m) => ({ Component: m.OpsAdjustmentsRoute })),
  },
  {
    path: 'tiers',
    label: 'Tiers',
    icon: icon(Gauge),
    load: () => import('./routes/ops-sections').then((m) => ({ Component: m.OpsTiersRoute })),
  },
];

/** Cards on a user's page. */
export const USER_PAGE_PANELS: ComponentType<UserPanelProps>[] = [
  panel(() => import('./routes/ops-sections').then((m) => ({ default: m.UserTierPanel }))),
];

/** Cards on a wallet's page. */
export const WALLET_PAGE_PANELS: ComponentType<WalletPanelProps>[] = [
  panel(() => import('./routes/ops-sections').then((m) => ({ default: m.WalletOperationsPanel }))),
];

/** The console's home link first, then each section with a label the viewer's role may see. */
export function consoleNav(role: StaffRole) {
  return [
    { href: paths.ops.getHref(), label: 'Console', icon: icon(House), end: true },
    ...CONSOLE_SECTIONS.filter((s) => s.label && (!s.roles || s.roles.includes(role))).map((s) => ({
      href: `${paths.ops.getHref()}/${s.path}`,
      label: s.label ?? '',
      icon: s.icon,
    })),
  ];
}
