import { Body, Controller, Get, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import { ApiCookieAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { CurrentRequestContext, type RequestContext } from '../audit/request-context';
import { IdParam } from '../common/http/id-param.dto';
import {
  ApiCsrfToken,
  ApiIdempotencyKey,
  ApiOk,
  ApiRouteProblems,
  IDEMPOTENT_REPLAYED_HEADER,
} from '../common/http/openapi-decorators';
import { answer } from '../common/http/recorded-outcome';
import { IdempotencyKey } from '../common/idempotency/idempotency-key.pipe';
import type { Page } from '../common/page';
import { ADMIN_ONLY, ANY_STAFF, CurrentStaff, MONEY_STAFF, Staff, type StaffMember } from '../ops/staff';
import { AdjustmentsService } from './adjustments.service';
import {
  Adjustment,
  AdjustmentPage,
  ApprovedAdjustment,
  ListAdjustmentsQuery,
  ProposeAdjustmentRequest,
  RejectAdjustmentRequest,
} from './dto/adjustment.dto';

/**
 * Two-person adjustments: finance or an admin proposes, another admin approves (never the proposer);
 * an admin rejects, or the proposer withdraws. Every step is in the audit trail.
 */
@ApiTags('Operators')
@ApiCookieAuth()
@Staff(...MONEY_STAFF)
@Controller('api/v1/ops/adjustments')
export class AdjustmentsController {
  constructor(private readonly adjustments: AdjustmentsService) {}

  @Post()
  @HttpCode(201)
  @ApiCsrfToken()
  @ApiIdempotencyKey()
  @ApiOperation({
    operationId: 'proposeAdjustment',
    summary: 'Propose a credit or debit of a wallet (finance, admin)',
    description:
      'Nothing moves until another admin approves it; undecided, it expires after 72 hours. Recorded in the audit trail (adjustment.proposed).',
  })
  @ApiOk(201, Adjustment, 'The proposal, PROPOSED.', IDEMPOTENT_REPLAYED_HEADER)
  @ApiRouteProblems(
    'signed-in',
    'FORBIDDEN',
    'NOT_FOUND',
    'WALLET_NOT_FOUND',
    'VALIDATION_FAILED',
    'IDEMPOTENCY_KEY_REUSED',
    'IDEMPOTENCY_KEY_IN_PROGRESS',
  )
  propose(
    @CurrentStaff() staff: StaffMember,
    @Body() body: ProposeAdjustmentRequest,
    @IdempotencyKey() key: string | undefined,
    @CurrentRequestContext() context: RequestContext,
    @Res({ passthrough: true }) response: Response,
  ): Promise<Adjustment> {
    return answer(this.adjustments.propose(staff, body, key, context), response);
  }

  @Get()
  @Staff(...ANY_STAFF)
  @ApiOperation({
    operationId: 'listAdjustments',
    summary: 'Adjustments, newest first, by status (staff)',
    description: 'A proposal past its 72 hours is EXPIRED from the moment it is read.',
  })
  @ApiOk(200, AdjustmentPage, 'A page of adjustments.')
  @ApiRouteProblems('signed-in', 'FORBIDDEN', 'NOT_FOUND', 'VALIDATION_FAILED')
  list(@Query() query: ListAdjustmentsQuery): Promise<Page<Adjustment>> {
    return this.adjustments.list(query);
  }

  @Get(':id')
  @Staff(...ANY_STAFF)
  @ApiOperation({ operationId: 'getAdjustment', summary: 'One adjustment (staff)' })
  @ApiOk(200, Adjustment, 'The adjustment.')
  @ApiRouteProblems('signed-in', 'FORBIDDEN', 'NOT_FOUND', 'VALIDATION_FAILED')
  get(@Param() { id }: IdParam): Promise<Adjustment> {
    return this.adjustments.get(id);
  }

  @Post(':id/approve')
  @HttpCode(200)
  @Staff(...ADMIN_ONLY)
  @ApiCsrfToken()
  @ApiOperation({
    operationId: 'approveAdjustment',
    summary: 'Approve an adjustment: its money moves (admin, not its proposer)',
    description:
      'Posts an ADJUSTMENT entry in the same transaction as the approval, once: approving a decided adjustment is 409 ADJUSTMENT_NOT_PROPOSED. A debit the balance does not cover (INSUFFICIENT_FUNDS) or a credit past the currency limit (BALANCE_LIMIT_EXCEEDED) is refused and the adjustment stays PROPOSED. Recorded in the audit trail (adjustment.approved).',
  })
  @ApiOk(200, ApprovedAdjustment, 'The adjustment, the wallet after it and its ledger entry.')
  @ApiRouteProblems(
    'signed-in',
    'FORBIDDEN',
    'NOT_FOUND',
    'VALIDATION_FAILED',
    'SECOND_APPROVER_REQUIRED',
    'ADJUSTMENT_NOT_PROPOSED',
    'INSUFFICIENT_FUNDS',
    'BALANCE_LIMIT_EXCEEDED',
  )
  approve(
    @CurrentStaff() staff: StaffMember,
    @Param() { id }: IdParam,
    @CurrentRequestContext() context: RequestContext,
    @Res({ passthrough: true }) response: Response,
  ): Promise<ApprovedAdjustment> {
    return answer(this.adjustments.approve(staff, id, context), response);
  }

  @Post(':id/reject')
  @HttpCode(200)
  @ApiCsrfToken()
  @ApiOperation({
    operationId: 'rejectAdjustment',
    summary: 'Reject an adjustment (admin), or withdraw your own proposal; nothing moves',
    description: 'Recorded in the audit trail (adjustment.rejected).',
  })
  @ApiOk(200, Adjustment, 'The adjustment, REJECTED.')
  @ApiRouteProblems('signed-in', 'FORBIDDEN', 'NOT_FOUND', 'VALIDATION_FAILED', 'ADJUSTMENT_NOT_PROPOSED')
  reject(
    @CurrentStaff() staff: StaffMember,
    @Param() { id }: IdParam,
    @Body() body: RejectAdjustmentRequest,
    @CurrentRequestContext() context: RequestContext,
    @Res({ passthrough: true }) response: Response,
  ): Promise<Adjustment> {
    return answer(this.adjustments.reject(staff, id, body.reason, context), response);
  }
}
