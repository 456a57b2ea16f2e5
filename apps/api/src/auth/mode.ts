import type { Request } from 'express';
import { ValidationFailedError } from '../common/errors';

/**
 * Live or test mode (the sandbox). A wallet is of one mode for good; an API key is too (a test key's
 * secret starts wk_test_); a dashboard session chooses per request with the Wallet-Mode header
 * (absent: live). A caller reaches only wallets of its own mode; the other mode's answer 404, and money
 * never moves between the two (PostingService.lock, and the database's trigger transactions_one_mode).
 */
export const MODES = ['live', 'test'] as const;
export type Mode = (typeof MODES)[number];

/** The request header a dashboard session names its mode with. */
export const MODE_HEADER = 'wallet-mode';

/** The mode a request names (undefined when it names none); 400 for anything but `live` or `test`. */
export function requestedMode(request: Pick<Request, 'headers'>): Mode | undefined {
  const sent = request.headers[MODE_HEADER];
  if (sent === undefined) return undefined;
  if (sent === 'live' || sent === 'test') return sent;
  throw new ValidationFailedError('The Wallet-Mode header must be live or test.', [
    { field: 'Wallet-Mode', message: 'must be live or test' },
  ]);
}

export const modeOf = (livemode: boolean): Mode => (livemode ? 'live' : 'test');

/** A caller without a mode (made before test mode existed) is live. */
export const livemodeOf = (caller: { mode?: Mode | undefined }): boolean => caller.mode !== 'test';

/** Whether the wallet is of the caller's mode: any other is, to this caller, not there at all. */
export const inCallersMode = (caller: { mode?: Mode | undefined }, wallet: { livemode: boolean }): boolean =>
  wallet.livemode === livemodeOf(caller);
