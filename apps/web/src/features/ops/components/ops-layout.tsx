import type { ReactNode } from 'react';
import { NavLink, Outlet } from 'react-router';

export interface ConsoleNavItem {
  href: string;
  label: string;
  icon: ReactNode;
  /** Active only at exactly this address (the console's home). */
  end?: boolean;
}

/** The console's frame: its sections, then the section's view. */
export function OpsLayout({ nav }: { nav: ConsoleNavItem[] }) {
  return (
    <div className="grid gap-6">
      <nav
        aria-label="Console sections"
        className="flex flex-wrap gap-1 border-b border-slate-200 pb-3 dark:border-slate-800"
      >
        {nav.map((item) => (
          <NavLink
            key={item.href}
            to={item.href}
            end={item.end ?? false}
            className={({ isActive }) =>
              `inline-flex min-h-10 items-center gap-2 rounded-lg px-3 py-2 text-sm font-medium text-slate-700 hover:bg-slate-200/70 dark:text-slate-200 dark:hover:bg-slate-800 ${
                isActive ? 'bg-slate-200/70 dark:bg-slate-800' : ''
              }`
            }
          >
            {item.icon} {item.label}
          </NavLink>
        ))}
      </nav>
      <Outlet />
    </div>
  );
}
