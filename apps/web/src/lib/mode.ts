import { useSyncExternalStore } from 'react';

/**
 * Live or test mode. In test mode the dashboard shows and makes only test wallets (no real money): every
 * API call says which with the Wallet-Mode header. The pick is remembered in this browser.
 */
export type Mode = 'live' | 'test';

const STORAGE_KEY = 'wallet-mode';
const listeners = new Set<() => void>();

function saved(): Mode {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'test' ? 'test' : 'live';
  } catch {
    return 'live';
  }
}

let current: Mode = typeof localStorage === 'undefined' ? 'live' : saved();

/** The mode every API call is made in now. */
export function currentMode(): Mode {
  return current;
}

export function setMode(mode: Mode): void {
  if (mode === current) return;
  current = mode;
  try {
    if (mode === 'test') localStorage.setItem(STORAGE_KEY, 'test');
    else localStorage.removeItem(STORAGE_KEY);
  } catch {
    // Storage refused (a private window's quota): the mode still holds for this page.
  }
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useMode(): Mode {
  return useSyncExternalStore(subscribe, currentMode, () => 'live');
}
