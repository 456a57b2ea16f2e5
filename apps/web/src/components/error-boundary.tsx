import { Component, type ErrorInfo, type ReactNode } from 'react';

/** A crash in one part of the screen says so, instead of leaving a blank page. */
export class ErrorBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error(error, info.componentStack);
  }

  override render(): ReactNode {
    if (!this.state.failed) return this.props.children;
    return (
      <div
        role="alert"
        className="rounded-2xl border border-red-300 bg-white p-5 dark:border-red-800 dark:bg-slate-900"
      >
        <p className="font-medium">Something went wrong showing this page.</p>
        <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">
          Your money is safe: nothing is lost by reloading.
        </p>
        <button
          type="button"
          className="mt-4 rounded-lg bg-indigo-600 px-4 py-2 text-sm font-medium text-white"
          onClick={() => window.location.reload()}
        >
          Reload
        </button>
      </div>
    );
  }
}
