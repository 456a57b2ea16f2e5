import { Link } from 'react-router';
import { paths } from '../lib/paths';
import { Card } from './ui/card';

export function NotFoundCard({ what = 'page' }: { what?: string }) {
  return (
    <Card className="mx-auto max-w-xl text-center">
      <h2 className="text-xl font-semibold">No such {what}</h2>
      <p className="mt-2 text-slate-600 dark:text-slate-400">
        The address may be mistyped, or the {what} is not one of yours.
      </p>
      <Link
        to={paths.home.getHref()}
        className="mt-4 inline-block font-medium text-indigo-700 underline underline-offset-2 dark:text-indigo-300"
      >
        Back to your wallets
      </Link>
    </Card>
  );
}
