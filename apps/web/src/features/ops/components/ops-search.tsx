import { Search } from 'lucide-react';
import { type FormEvent, useState } from 'react';
import { Link } from 'react-router';
import { Button } from '../../../components/ui/button';
import { Card } from '../../../components/ui/card';
import { TextField } from '../../../components/ui/field';
import { SkeletonBlock } from '../../../components/ui/skeleton';
import { paths } from '../../../lib/paths';
import { useFindTransactions } from '../api/find-transactions';
import { EMAIL_SEARCH_MIN, useFindUsers } from '../api/find-users';
import { useLookUpId } from '../api/look-up-id';
import type { TransactionForStaff } from '../api/types';
import { useOpsSearch } from '../hooks/use-ops-search';
import { linkClass, Money, muted, RoleBadge, typeName, UserLink, WalletLink, When } from './ops-parts';
import { OpsProblem } from './ops-problem';

/** One box for everything: an email, an id (wallet, transaction or user) or a transaction reference. */
export function OpsSearch() {
  const { query, search, setQuery } = useOpsSearch();
  const [text, setText] = useState(query);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setQuery(text);
  };
  return (
    <Card aria-labelledby="ops-search-heading">
      <h2 id="ops-search-heading" className="text-lg font-semibold">
        Find
      </h2>
      {/* biome-ignore lint/a11y/useSemanticElements: jsdom, where the unit tests run, has no <search> */}
      <form role="search" className="mt-3 flex flex-wrap items-end gap-3" onSubmit={submit}>
        <div className="min-w-64 flex-1">
          <TextField
            label="Email, id or reference"
            name="q"
            value={text}
            onChange={(e) => setText(e.target.value)}
            hint={`The start of an email (at least ${EMAIL_SEARCH_MIN} characters), a wallet, transaction or user id, or a transaction's reference.`}
            autoComplete="off"
            spellCheck={false}
          />
        </div>
        <Button type="submit" className="mb-7">
          <Search aria-hidden="true" size={16} /> Search
        </Button>
      </form>
      {search.kind === 'id' ? <IdResult id={search.id} /> : null}
      {search.kind === 'text' ? (
        <TextResults text={search.text} email={search.email} reference={search.reference} />
      ) : null}
    </Card>
  );
}

function IdResult({ id }: { id: string }) {
  const match = useLookUpId(id, true);
  return (
    <section aria-label="Search results" aria-live="polite" className="mt-4">
      {match.isPending ? (
        <SkeletonBlock label="Looking the id up" lines={2} />
      ) : match.isError ? (
        <OpsProblem error={match.error} what="thing" />
      ) : match.data.kind === 'wallet' ? (
        <p>
          Wallet <WalletLink wallet={match.data.page.wallet} />
          {match.data.page.owner ? (
            <>
              {' '}
              of <UserLink user={match.data.page.owner} />
            </>
          ) : null}
        </p>
      ) : match.data.kind === 'transaction' ? (
        <ul aria-label="Transactions found">
          <TransactionResult found={match.data.found} />
        </ul>
      ) : (
        <p>
          No wallet or transaction has this id.{' '}
          <Link className={linkClass} to={paths.opsUser.getHref(match.data.userId)}>
            Open it as a user's id
          </Link>
        </p>
      )}
    </section>
  );
}

function TextResults({ text, email, reference }: { text: string; email: boolean; reference: boolean }) {
  const users = useFindUsers(text, email);
  const transactions = useFindTransactions(text, reference);
  return (
    <section aria-label="Search results" aria-live="polite" className="mt-4 grid gap-4">
      {email ? (
        <div>
          <h3 className="font-semibold">Users</h3>
          {users.isPending ? (
            <SkeletonBlock label="Finding users" lines={2} />
          ) : users.isError ? (
            <OpsProblem error={users.error} />
          ) : users.data.length === 0 ? (
            <p className={muted}>No user's email starts with “{text}”.</p>
          ) : (
            <ul className="mt-1 divide-y divide-slate-200 dark:divide-slate-800" aria-label="Users found">
              {users.data.map((user) => (
                <li key={user.id} className="flex flex-wrap items-center gap-3 py-2">
                  <UserLink user={user} />
                  {user.role ? <RoleBadge role={user.role} /> : null}
                  <span className={muted}>
                    joined <When iso={user.createdAt} />
                  </span>
                </li>
              ))}
            </ul>
          )}
        </div>
      ) : text.includes('@') ? (
        <p className={muted}>Type at least {EMAIL_SEARCH_MIN} characters of the email.</p>
      ) : null}
      {reference ? (
        <div>
          <h3 className="font-semibold">Transactions with this reference</h3>
          {transactions.isPending ? (
            <SkeletonBlock label="Finding transactions" lines={2} />
          ) : transactions.isError ? (
            <OpsProblem error={transactions.error} />
          ) : transactions.data.length === 0 ? (
            <p className={muted}>No transaction has the reference “{text}”.</p>
          ) : (
            <ul
              className="mt-1 divide-y divide-slate-200 dark:divide-slate-800"
              aria-label="Transactions found"
            >
              {transactions.data.map((found) => (
                <TransactionResult key={found.transaction.id} found={found} />
              ))}
            </ul>
          )}
        </div>
      ) : null}
    </section>
  );
}

function TransactionResult({ found: { transaction, wallet } }: { found: TransactionForStaff }) {
  return (
    <li className="flex flex-wrap items-center gap-x-3 gap-y-1 py-2">
      <Link className={linkClass} to={paths.opsTransaction.getHref(transaction.id)}>
        {typeName(transaction.type)} of <Money value={transaction.amount} currency={transaction.currency} />
      </Link>
      <span className={muted}>
        {transaction.status.toLowerCase()} · <When iso={transaction.createdAt} /> · wallet{' '}
      </span>
      <WalletLink wallet={wallet} />
    </li>
  );
}
