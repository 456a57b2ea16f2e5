import type { Problem } from '@wallet/contract';
import { currentMode } from './mode';

/** Every failed call, as one typed error: the HTTP status, the API's stable code and its sentence. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly detail: string;
  readonly fieldErrors: { field: string; message: string }[];
  /** A batch's problem: the transfer at fault (from 0) and, on BATCH_TRANSFER_FAILED, that transfer's own problem. */
  readonly index: number | undefined;
  readonly problem: Partial<Problem> | undefined;

  constructor(
    status: number,
    code: string,
    detail: string,
    fieldErrors: { field: string; message: string }[] = [],
    batch: { index?: number | undefined; problem?: Partial<Problem> | undefined } = {},
  ) {
    super(detail);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.detail = detail;
    this.fieldErrors = fieldErrors;
    this.index = batch.index;
    this.problem = batch.problem;
  }

  /** True when the server gave a final answer (a 4xx): retrying the same request cannot change it. */
  get isFinal(): boolean {
    return this.status >= 400 && this.status < 500 && this.code !== 'IDEMPOTENCY_KEY_IN_PROGRESS';
  }
}

export const API_BASE = '/api/v1';

interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  body?: unknown;
  idempotencyKey?: string;
  signal?: AbortSignal;
}

/** The one way the dashboard talks to the API. Turns problem+json and network failures into ApiError. */
export async function apiRequest<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  if (options.idempotencyKey) headers['Idempotency-Key'] = options.idempotencyKey;
  // Which wallets the session works with: live (real money) or test (lib/mode.ts).
  headers['Wallet-Mode'] = currentMode();
  // The session's CSRF token, from the cookie the API set for this page's script to read.
  const csrf = readCookie('wallet_csrf');
  if (csrf && options.method && options.method !== 'GET') headers['X-CSRF-Token'] = csrf;
  let response: Response;
  try {
    response = await fetch(`${API_BASE}${path}`, {
      method: options.method ?? 'GET',
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      signal: options.signal,
    });
  } catch (error) {
    if ((error as Error).name === 'AbortError') throw error;
    throw new ApiError(
      0,
      'NETWORK_ERROR',
      'Could not reach the server. Check your connection and try again.',
    );
  }
  if (response.status === 204) return undefined as T;
  if (response.ok) return (await response.json()) as T;
  let problem: Partial<Problem> = {};
  try {
    problem = (await response.json()) as Partial<Problem>;
  } catch {
    // Not a problem document (a proxy error page, say): fall back to the status.
  }
  throw new ApiError(
    response.status,
    problem.code ?? (response.status >= 500 ? 'INTERNAL' : 'UNKNOWN'),
    problem.detail ?? `The server answered ${response.status}. Please try again.`,
    problem.errors ?? [],
    { index: problem.index, problem: problem.problem as Partial<Problem> | undefined },
  );
}

function readCookie(name: string): string | undefined {
  const match = document.cookie.split('; ').find((part) => part.startsWith(`${name}=`));
  return match ? decodeURIComponent(match.slice(name.length + 1)) : undefined;
}
