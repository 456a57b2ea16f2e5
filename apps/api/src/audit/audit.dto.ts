import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { DateTime, NullableUuid, UuidProperty } from '../common/http/openapi-decorators';
import { PageQuery } from '../common/http/page-query.dto';
import { Optional, QueryChoice, QueryInstant, SearchText, Uuid } from '../common/validation';

/** One entry of the audit trail, as staff see it. */
export class AuditEventView {
  @UuidProperty() id!: string;
  @ApiProperty({ description: 'Position in the trail (the hash chain runs in this order).', example: '42' })
  seq!: string;
  @DateTime() occurredAt!: string;
  @ApiProperty({ example: 'wallet.frozen' }) action!: string;
  @NullableUuid('The user who acted; null when a command on the server did.') actorId!: string | null;
  @ApiProperty({ type: String, nullable: true, example: 'ops@example.com' }) actorEmail!: string | null;
  @ApiProperty({ type: String, nullable: true, example: 'pnpm ops:grant (root@host)' }) actorLabel!:
    | string
    | null;
  @ApiProperty({ type: String, nullable: true, example: 'finance' }) actorRole!: string | null;
  @ApiProperty({ type: String, nullable: true, example: 'wallet' }) subjectType!: string | null;
  @ApiProperty({ type: String, nullable: true }) subjectId!: string | null;
  @NullableUuid('The user whose security history shows it.') userId!: string | null;
  @ApiProperty({ type: String, nullable: true, example: '203.0.113.7' }) address!: string | null;
  @ApiProperty({ type: String, nullable: true }) requestId!: string | null;
  @ApiProperty({ type: Object, nullable: true }) before!: unknown;
  @ApiProperty({ type: Object, nullable: true }) after!: unknown;
  @ApiProperty({ description: 'sha256 (hex) chaining this entry to the one before it.' }) hash!: string;
}

export class AuditEventPage {
  @ApiProperty({ type: [AuditEventView] }) data!: AuditEventView[];
  @ApiProperty({ type: String, nullable: true }) nextCursor!: string | null;
}

export const AUDIT_EXPORT_FORMATS = ['csv', 'jsonl'] as const;

/** What staff may search the trail by; every filter is optional and they combine (AND). */
export class AuditQuery extends PageQuery {
  @ApiPropertyOptional({ description: 'An action, or its prefix ending in a dot (`adjustment.`).' })
  @SearchText(60)
  action?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'Who acted.' })
  @Optional()
  @Uuid()
  actorId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'Whose history it is in.' })
  @Optional()
  @Uuid()
  userId?: string;

  @ApiPropertyOptional({ description: 'What it was done to: a wallet, user, adjustment, ... id.' })
  @SearchText(100)
  subjectId?: string;

  @ApiPropertyOptional({ description: 'From this time (ISO 8601), inclusive.' })
  @QueryInstant('start')
  from?: Date;

  @ApiPropertyOptional({
    description: 'Up to this time (ISO 8601), inclusive; a date alone includes that whole day.',
  })
  @QueryInstant('end')
  to?: Date;
}

export class AuditExportQuery extends AuditQuery {
  @ApiPropertyOptional({ enum: AUDIT_EXPORT_FORMATS, default: 'csv' })
  @QueryChoice(AUDIT_EXPORT_FORMATS)
  format?: (typeof AUDIT_EXPORT_FORMATS)[number];
}

/** One entry of a user's own security history (their sign-ins, keys, and what staff did to their account). */
export class SecurityEventView {
  @UuidProperty() id!: string;
  @DateTime() occurredAt!: string;
  @ApiProperty({ example: 'auth.login' }) action!: string;
  @ApiProperty({
    enum: ['you', 'staff', 'someone', 'system'],
    description:
      'Who did it: you, a member of staff (not named), someone unknown (a failed sign-in with your email), or the system.',
  })
  by!: 'you' | 'staff' | 'someone' | 'system';
  @ApiProperty({ type: String, nullable: true, example: '203.0.113.7' }) address!: string | null;
}

export class SecurityEventPage {
  @ApiProperty({ type: [SecurityEventView] }) data!: SecurityEventView[];
  @ApiProperty({ type: String, nullable: true }) nextCursor!: string | null;
}
