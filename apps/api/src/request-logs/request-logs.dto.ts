import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Matches } from 'class-validator';
import { DateTime, UuidProperty } from '../common/http/openapi-decorators';
import { PageQuery } from '../common/http/page-query.dto';
import { GivenOnce, IsText, Optional, Rules, Uuid } from '../common/validation';

/** ?status=: an exact status (422) or a class (4xx). */
export const STATUS_FILTER = /^[1-5](?:\d\d|xx)$/;
/** ?route=: a route pattern as the log shows it (/api/v1/wallets/:id), at most 200 visible characters. */
const ROUTE_FILTER = /^\/[\x21-\x7E]{0,199}$/;

/** What GET /api/v1/request-logs narrows its list to; every filter is optional and they combine. */
export class RequestLogQuery extends PageQuery {
  @ApiPropertyOptional({
    format: 'uuid',
    description:
      'Only the requests of this key of yours (with a key: only that key itself may be named). Another id answers 404.',
  })
  @Optional()
  @Uuid()
  keyId?: string;

  @ApiPropertyOptional({ description: 'An exact status (`422`) or a class (`4xx`).', example: '4xx' })
  @Rules(
    Optional(),
    GivenOnce(),
    IsText(),
    Matches(STATUS_FILTER, { message: 'must be a status such as 422 or a class such as 4xx' }),
  )
  status?: string;

  @ApiPropertyOptional({
    description: 'A route pattern exactly as listed, e.g. `/api/v1/wallets/:id/fund`.',
    example: '/api/v1/wallets/transfer',
  })
  @Rules(
    Optional(),
    GivenOnce(),
    IsText(),
    Matches(ROUTE_FILTER, {
      message: 'must be a route pattern such as /api/v1/wallets/:id (at most 200 characters)',
    }),
  )
  route?: string;
}

/** One request made with an API key: facts only, never a body, a header or a secret. */
export class RequestLogView {
  @ApiProperty({ description: 'Position in the log (newest first); opaque.', example: '1042' }) id!: string;
  @UuidProperty('The API key that made the request.') apiKeyId!: string;
  @DateTime() at!: string;
  @ApiProperty({ example: 'POST' }) method!: string;
  @ApiProperty({
    description: 'The route pattern matched (ids appear as :id).',
    example: '/api/v1/wallets/:id/fund',
  })
  route!: string;
  @ApiProperty({ type: 'integer', example: 201, description: '499: the client closed the connection first.' })
  status!: number;
  @ApiProperty({
    type: 'integer',
    description: 'Time from arrival to the answer, in milliseconds.',
    example: 12,
  })
  durationMs!: number;
  @ApiProperty({ description: 'The X-Request-Id of the answer.' }) requestId!: string;
  @ApiProperty({ type: String, nullable: true, description: 'The Idempotency-Key sent, if any.' })
  idempotencyKey!: string | null;
  @ApiProperty({
    type: String,
    nullable: true,
    example: 'INSUFFICIENT_FUNDS',
    description: 'The problem code of an error answer.',
  })
  problemCode!: string | null;
}

export class RequestLogPage {
  @ApiProperty({ type: [RequestLogView] }) data!: RequestLogView[];
  @ApiProperty({ type: String, nullable: true }) nextCursor!: string | null;
}
