import { isRouteErrorResponse, useRouteError } from 'react-router';
import { NotFoundCard } from '../../components/not-found-card';
import { Button } from '../../components/ui/button';
import { SkeletonBlock } from '../../components/ui/skeleton';
import { Shell } from './shell';

/** The first screen while the route's code arrives. */
export function ShellFallback() {
  return (
    <Shell>
      <SkeletonBlock label="Loading the dashboard" />
    </Shell>
  );
}

/** A route that failed to load (a chunk gone after a deploy, say) or an address that matches nothing. */
export function RouteError() {
  const error = useRouteError();
  if (isRouteErrorResponse(error) && error.status === 404) {
    return (
      <Shell>
        <NotFoundCard />
      </Shell>
    );
  }
  console.error(error);
  return (
    <Shell>
      <div
        role="alert"
        className="rounded-2xl border border-red-300 bg-white p-5 dark:border-red-800 dark:bg-slate-900"
      >
        <p className="font-medium">This page could not be shown.</p>
        <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">
          Your money is safe: nothing is lost by reloading.
        </p>
        <Button className="mt-4" onClick={() => window.location.reload()}>
          Reload
        </Button>
      </div>
    </Shell>
  );
}
