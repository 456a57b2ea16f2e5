import type { SecurityEvent } from '../api/get-security-history';

/**
 * What each recorded action means to the person whose history it is. An action without a label here
 * (one added to the API later) is shown as the API names it.
 */
const ACTION_LABELS: Record<string, string> = {
  'auth.login': 'Signed in',
  'auth.login_failed': 'A sign-in with your email failed',
  'auth.logout': 'Signed out',
  'auth.password_changed': 'Changed your password',
  'auth.session_revoked': 'Ended a session',
  'auth.two_factor_enabled': 'Turned on two-factor sign-in',
  'auth.two_factor_disabled': 'Turned off two-factor sign-in',
  'auth.two_factor_recovery_code_used': 'Signed in with a recovery code',
  'auth.two_factor_recovery_codes_regenerated': 'Made new recovery codes',
  'api_key.created': 'Made an API key',
  'api_key.revoked': 'Revoked an API key',
  'api_key.rotated': 'Rotated an API key',
  'role.granted': 'Given a staff role',
  'role.revoked': 'Staff role taken away',
  'ops.user_viewed': 'Staff opened your account',
  'wallet.frozen': 'A wallet of yours was frozen',
  'wallet.unfrozen': 'A wallet of yours was unfrozen',
  'user.tier_changed': 'Your tier was changed',
  'adjustment.proposed': 'An adjustment of a wallet of yours was proposed',
  'adjustment.approved': 'A wallet of yours was adjusted',
  'adjustment.rejected': 'A proposed adjustment of a wallet of yours was turned down',
  'review.released': 'A held transfer of yours was released',
  'review.rejected': 'A held transfer of yours was rejected',
};

export function actionLabel(action: string): string {
  return ACTION_LABELS[action] ?? action;
}

export const BY_LABELS: Record<SecurityEvent['by'], string> = {
  you: 'You',
  staff: 'Staff',
  someone: 'Someone',
  system: 'The system',
};
