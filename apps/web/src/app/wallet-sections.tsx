/**
 * THE WALLET PAGE'S PLUG-IN POINTS: every feature that adds to a wallet's page is wired in here, one
 * entry each (like console-sections.tsx for the operator console).
 *
 * - WALLET_ACTIONS: an action of the wallet page's action bar (Add money, Send, Request, Receive, and
 *   under "More" the rest). Its `Content` is rendered inside the page's <Dialog title={label}> (a sheet
 *   on a phone) while open, and calls `onClose` when it is done (or cancelled).
 * - WALLET_PANELS: cards placed between the balance and the activity (money that waits: requests to
 *   pay, active holds, what is scheduled, the balance alert), in the order given here. A panel with
 *   nothing to show renders nothing.
 *
 * Features never import each other: a feature exports its component, and this file (the app) places it.
 */
import type { Wallet } from '@wallet/contract';
import { BellRing, CalendarClock, HandCoins, Lock, type LucideIcon, Users } from 'lucide-react';
import type { ComponentType } from 'react';
import { BalanceAlertForm } from '../features/balance-alerts/components/balance-alert-form';
import { BalanceAlertLine } from '../features/balance-alerts/components/balance-alert-line';
import { SendToManyForm } from '../features/batch-transfers/components/send-to-many-form';
import { ActiveHoldsPanel } from '../features/holds/components/active-holds-panel';
import { HoldMoneyForm } from '../features/holds/components/hold-money-form';
import { RequestMoneyForm } from '../features/payment-requests/components/request-money-form';
import { RequestsPanel } from '../features/payment-requests/components/requests-panel';
import { ComingUpPanel } from '../features/scheduled-transfers/components/coming-up-panel';
import { ScheduleTransferForm } from '../features/scheduled-transfers/components/schedule-transfer-form';

export interface WalletActionProps {
  wallet: Wallet;
  /** All of the owner's wallets (a destination may be one of them). */
  wallets: Wallet[];
  onClose: () => void;
}

export interface WalletAction {
  /** Stable, for tests and the address (?action=<id> opens it). */
  id: string;
  label: string;
  icon: LucideIcon;
  /** One sentence under the dialog's title. */
  description?: string;
  /** In the action bar itself (Add money, Send, Request, Receive); otherwise under "More". */
  primary?: boolean;
  Content: ComponentType<WalletActionProps>;
}

export interface WalletPanelProps {
  wallet: Wallet;
  wallets: Wallet[];
}

export const WALLET_ACTIONS: readonly WalletAction[] = [
  {
    id: 'request',
    label: 'Request',
    icon: HandCoins,
    primary: true,
    description: 'Ask for money into this wallet, by a link or from a wallet you name.',
    Content: RequestMoneyForm,
  },
  {
    id: 'hold',
    label: 'Hold money',
    icon: Lock,
    description: 'Set an amount aside now, to pay or release later.',
    Content: HoldMoneyForm,
  },
  {
    id: 'schedule',
    label: 'Schedule',
    icon: CalendarClock,
    description: 'Send money on a day, once or every week or month.',
    Content: ScheduleTransferForm,
  },
  {
    id: 'send-to-many',
    label: 'Send to many',
    icon: Users,
    description: 'Pay up to 100 wallets at once, one line each: a payroll, say.',
    Content: SendToManyForm,
  },
  {
    id: 'balance-alert',
    label: 'Balance alert',
    icon: BellRing,
    description: 'Be told when the balance goes below or above a mark.',
    Content: BalanceAlertForm,
  },
];

export const WALLET_PANELS: readonly ComponentType<WalletPanelProps>[] = [
  RequestsPanel,
  ActiveHoldsPanel,
  ComingUpPanel,
  BalanceAlertLine,
];
