import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { AuditEventView } from '../audit/audit.dto';
import { MODES, type Mode } from '../auth/mode';
import { DateTime, NullableUuid, UuidProperty } from '../common/http/openapi-decorators';
import { OneOf, Optional, Reference, Required, SearchText } from '../common/validation';
import { Transaction } from '../transactions/dto/transaction.dto';
import { Wallet } from '../transactions/dto/wallet-view.dto';
import { STAFF_ROLES, type StaffRole } from './staff';

export class StaffUser {
  @UuidProperty() id!: string;
  @ApiProperty({ example: 'ada@example.com' }) email!: string;
  @ApiProperty({ enum: STAFF_ROLES, nullable: true, description: 'Null: not staff.' })
  role!: StaffRole | null;
  @ApiProperty({ example: 'standard', description: 'Their tier: request and sending limits.' }) tier!: string;
  @DateTime() createdAt!: string;
}

export class UserSearchQuery {
  @ApiProperty({ description: 'An email, or the start of one (at least 3 characters).', example: 'ada@' })
  @SearchText(254)
  email?: string;
}

export class UserSearchResult {
  @ApiProperty({ type: [StaffUser], description: 'At most 20, by email.' }) data!: StaffUser[];
}

export class OpsWallet extends Wallet {
  @UuidProperty('The owner.') ownerId!: string | null;
}

export class OpsApiKey {
  @UuidProperty() id!: string;
  @ApiProperty() name!: string;
  @ApiProperty() prefix!: string;
  @ApiProperty({ type: [String] }) scopes!: string[];
  @DateTime() createdAt!: string;
  @DateTime(true) lastUsedAt!: string | null;
  @DateTime(true) revokedAt!: string | null;
  @ApiProperty({ enum: MODES, enumName: 'Mode', description: 'The wallets the key reaches: live or test.' })
  mode!: Mode;
  @ApiProperty({
    type: String,
    format: 'date-time',
    nullable: true,
    description: 'When the key stops working (null: never); in the past: expired.',
  })
  expiresAt!: string | null;
  @NullableUuid('The key it was rotated to (null: not rotated); it stops working at expiresAt.')
  rotatedTo!: string | null;
}

export class OpsSession {
  @UuidProperty() id!: string;
  @DateTime() createdAt!: string;
  @DateTime() expiresAt!: string;
  @DateTime(true) revokedAt!: string | null;
}

/** Everything an operator sees of one account. Opening it is itself in the audit trail. */
export class UserPage {
  @ApiProperty({ type: StaffUser }) user!: StaffUser;
  @ApiProperty({ type: [OpsWallet] }) wallets!: OpsWallet[];
  @ApiProperty({ type: [OpsApiKey] }) apiKeys!: OpsApiKey[];
  @ApiProperty({ type: [OpsSession], description: 'Live sessions, newest first.' }) sessions!: OpsSession[];
  @ApiProperty({ type: [AuditEventView], description: 'The 20 newest entries of their security history.' })
  securityHistory!: AuditEventView[];
}

export class WalletPageForStaff {
  @ApiProperty({ type: OpsWallet }) wallet!: OpsWallet;
  @ApiProperty({ type: StaffUser, nullable: true }) owner!: StaffUser | null;
  @ApiProperty({ type: [Transaction], description: 'Its 20 newest ledger entries.' })
  transactions!: Transaction[];
}

export class TransactionForStaff {
  @ApiProperty({ type: Transaction }) transaction!: Transaction;
  @ApiProperty({ type: OpsWallet }) wallet!: OpsWallet;
}

export class TransactionSearchQuery {
  @ApiPropertyOptional({ description: "The integrator's reference (exact)." })
  @Optional()
  @Reference()
  reference?: string;
}

export class TransactionSearchResult {
  @ApiProperty({ type: [TransactionForStaff], description: 'At most 20, newest first.' })
  data!: TransactionForStaff[];
}

export const ROLE_CHOICES = [...STAFF_ROLES, 'user'] as const;

export class SetRoleRequest {
  @ApiProperty({ enum: ROLE_CHOICES, description: '`user` takes any staff role away.' })
  @Required()
  @OneOf(ROLE_CHOICES)
  role!: (typeof ROLE_CHOICES)[number];
}
