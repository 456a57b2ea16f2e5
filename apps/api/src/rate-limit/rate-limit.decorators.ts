import { SetMetadata } from '@nestjs/common';

export const AUTH_RATE_LIMITED = 'wallet:auth-rate-limited';

/** Sign-up and login: limited per address and per email instead of per caller. */
export const AuthRateLimited = () => SetMetadata(AUTH_RATE_LIMITED, true);
