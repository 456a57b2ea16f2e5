/** The member of staff using the console, as the console's shell knows them (GET /api/v1/auth/me). */
export interface ConsoleStaff {
  userId: string;
  role: 'support' | 'finance' | 'admin';
}

/** Finance and admins move money (freeze, propose); only admins approve; support reads. */
export const movesMoney = (staff: ConsoleStaff) => staff.role === 'finance' || staff.role === 'admin';
