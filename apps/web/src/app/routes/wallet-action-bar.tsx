import type { Wallet } from '@wallet/contract';
import { ArrowDownLeft, ArrowUpRight, Ellipsis, Plus } from 'lucide-react';
import { useEffect, useId, useRef, useState } from 'react';
import { useSearchParams } from 'react-router';
import { Dialog } from '../../components/ui/dialog';
import { SendMoney } from '../../features/payments/components/send-money-card';
import { FundForm } from '../../features/wallets/components/fund-form';
import { ReceiveMoney } from '../../features/wallets/components/receive-money';
import { WALLET_ACTIONS, type WalletAction } from '../wallet-sections';

/** The page's own actions; the features' (requests, holds, schedules, alerts) come from WALLET_ACTIONS. */
const BUILT_IN: WalletAction[] = [
  {
    id: 'add-money',
    label: 'Add money',
    icon: Plus,
    description: 'Funds arrive in this wallet at once.',
    primary: true,
    Content: ({ wallet, onClose }) => <FundForm key={wallet.id} wallet={wallet} onDone={onClose} />,
  },
  {
    id: 'send',
    label: 'Send',
    icon: ArrowUpRight,
    description: 'To one of your wallets, or to someone else’s by its ID.',
    primary: true,
    Content: ({ wallet, wallets, onClose }) => (
      <SendMoney source={wallet} wallets={wallets} onDone={onClose} />
    ),
  },
  {
    id: 'receive',
    label: 'Receive',
    icon: ArrowDownLeft,
    description: 'What to give someone who will pay you.',
    primary: true,
    Content: ({ wallet, onClose }) => <ReceiveMoney wallet={wallet} onDone={onClose} />,
  },
];

/** In the bar, in this order (Add money, Send, Request, Receive); the rest after, then "More". */
const ORDER = ['add-money', 'send', 'request', 'receive'];
const rank = (action: WalletAction) => {
  const at = ORDER.indexOf(action.id);
  return at === -1 ? ORDER.length : at;
};

export const ACTIONS: WalletAction[] = [...BUILT_IN, ...WALLET_ACTIONS].sort((a, b) => rank(a) - rank(b));

/** ?action=<id> in the address: which action's dialog is open (a deep link; closing removes it). */
export function useOpenAction() {
  const [params, setParams] = useSearchParams();
  const open = ACTIONS.find((action) => action.id === params.get('action'));
  const set = (id: string | null) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (id) next.set('action', id);
        else next.delete('action');
        return next;
      },
      { replace: true, preventScrollReset: true },
    );
  return { open, openAction: (id: string) => set(id), close: () => set(null) };
}

/**
 * The action bar: the primary actions as buttons, the others under "More", and the one dialog they
 * open. Right under the balance; on a phone it is also pinned to the bottom of the screen, so the
 * actions stay in reach wherever the page is scrolled.
 */
export function WalletActionBar({ wallet, wallets }: { wallet: Wallet; wallets: Wallet[] }) {
  const { open, openAction, close } = useOpenAction();
  const primary = ACTIONS.filter((a) => a.primary);
  const more = ACTIONS.filter((a) => !a.primary);
  const Content = open?.Content;
  return (
    <>
      <nav
        aria-label="Wallet actions"
        className="fixed inset-x-0 bottom-0 z-20 border-t border-slate-200 bg-white/95 px-3 pt-2 pb-[max(0.5rem,env(safe-area-inset-bottom))] backdrop-blur sm:static sm:mt-6 sm:border-0 sm:bg-transparent sm:p-0 sm:backdrop-blur-none dark:border-slate-800 dark:bg-slate-900/95 sm:dark:bg-transparent"
        data-testid="action-bar"
      >
        <ul className="mx-auto flex max-w-lg justify-around gap-1 sm:mx-0 sm:max-w-none sm:flex-wrap sm:justify-start sm:gap-3">
          {primary.map((action) => (
            <li key={action.id} className="min-w-0 flex-1 sm:flex-none">
              <ActionButton action={action} onOpen={() => openAction(action.id)} />
            </li>
          ))}
          {more.length > 0 ? (
            <li className="min-w-0 flex-1 sm:flex-none">
              <MoreMenu actions={more} onOpen={openAction} />
            </li>
          ) : null}
        </ul>
      </nav>
      <Dialog
        open={open !== undefined}
        // Only while one is open: the close event of a dialog the page already closed (its action gone
        // from the address) must not close the next action, opened meanwhile.
        onClose={() => {
          if (open) close();
        }}
        title={open?.label ?? ''}
        description={open?.description}
      >
        {Content ? <Content key={wallet.id} wallet={wallet} wallets={wallets} onClose={close} /> : null}
      </Dialog>
    </>
  );
}

const BUTTON =
  'flex w-full flex-col items-center gap-1 rounded-xl px-2 py-1.5 text-xs font-medium text-slate-800 hover:bg-slate-100 sm:min-h-10 sm:flex-row sm:gap-2 sm:rounded-full sm:border sm:border-slate-300 sm:bg-white sm:px-4 sm:py-2 sm:text-sm dark:text-slate-100 dark:hover:bg-slate-800 sm:dark:border-slate-600 sm:dark:bg-slate-900';
const ICON =
  'grid size-9 place-items-center rounded-full bg-indigo-600 text-white sm:size-auto sm:bg-transparent sm:text-indigo-700 dark:bg-indigo-400 dark:text-slate-950 sm:dark:bg-transparent sm:dark:text-indigo-300';

function ActionButton({ action, onOpen }: { action: WalletAction; onOpen: () => void }) {
  const Icon = action.icon;
  return (
    <button type="button" className={BUTTON} onClick={onOpen} data-action={action.id}>
      <span className={ICON} aria-hidden="true">
        <Icon size={18} />
      </span>
      <span className="truncate">{action.label}</span>
    </button>
  );
}

/** "More": the non-primary actions in a small menu (a disclosure of buttons; Esc or a pick closes it). */
function MoreMenu({ actions, onOpen }: { actions: WalletAction[]; onOpen: (id: string) => void }) {
  const [expanded, setExpanded] = useState(false);
  const menuId = useId();
  const root = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!expanded) return;
    const away = (event: MouseEvent) => {
      if (!root.current?.contains(event.target as Node)) setExpanded(false);
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') setExpanded(false);
    };
    document.addEventListener('mousedown', away);
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('mousedown', away);
      document.removeEventListener('keydown', onKey);
    };
  }, [expanded]);
  return (
    <div ref={root} className="relative">
      <button
        type="button"
        className={BUTTON}
        aria-expanded={expanded}
        aria-controls={menuId}
        onClick={() => setExpanded((e) => !e)}
      >
        <span className={ICON} aria-hidden="true">
          <Ellipsis size={18} />
        </span>
        <span>More</span>
      </button>
      {expanded ? (
        <ul
          id={menuId}
          className="absolute right-0 bottom-full z-30 mb-2 grid w-56 gap-1 rounded-xl border border-slate-200 bg-white p-1 shadow-lg sm:top-full sm:bottom-auto sm:left-0 sm:mt-2 sm:mb-0 dark:border-slate-700 dark:bg-slate-900"
        >
          {actions.map((action) => {
            const Icon = action.icon;
            return (
              <li key={action.id}>
                <button
                  type="button"
                  className="flex min-h-10 w-full items-center gap-2 rounded-lg px-3 py-2 text-left text-sm hover:bg-slate-100 dark:hover:bg-slate-800"
                  onClick={() => {
                    setExpanded(false);
                    onOpen(action.id);
                  }}
                  data-action={action.id}
                >
                  <Icon aria-hidden="true" size={16} /> {action.label}
                </button>
              </li>
            );
          })}
        </ul>
      ) : null}
    </div>
  );
}
