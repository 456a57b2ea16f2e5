import { DomainError } from '../common/errors';

/**
 * Staff never decide on their own money: freezing, adjusting, releasing or rejecting a held transfer of,
 * or changing the tier of, their own account is another staff member's decision (as a change of one's own
 * role is another admin's). Answered 403 FORBIDDEN; nothing is changed.
 */
export class OwnAccountError extends DomainError {
  constructor(what: string) {
    super('FORBIDDEN', `You cannot ${what} of your own account; ask another member of staff.`);
  }
}
