import { Body, Controller, Get, HttpCode, Param, Put } from '@nestjs/common';
import { ApiCookieAuth, ApiExtraModels, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuditService } from '../audit/audit.service';
import { CurrentRequestContext, type RequestContext } from '../audit/request-context';
import { IdParam } from '../common/http/id-param.dto';
import { ApiCsrfToken, ApiOk, ApiRouteProblems } from '../common/http/openapi-decorators';
import { ADMIN_ONLY, ANY_STAFF, CurrentStaff, Staff, type StaffMember } from '../ops/staff';
import {
  CurrencyLimits,
  SetUserTierRequest,
  Tier,
  TierList,
  TierNameParam,
  UpdateTierRequest,
  UserTier,
} from './dto/tier.dto';
import { TiersService } from './tiers.service';

/**
 * The tiers, for operators: every member of staff reads them; an admin changes a tier's numbers and puts
 * a user on a tier. Each change is in the audit trail with what it was before and after, written in the
 * change's own transaction.
 */
@ApiTags('Operators')
@ApiCookieAuth()
@ApiExtraModels(CurrencyLimits)
@Staff(...ANY_STAFF)
@Controller('api/v1/ops')
export class OpsTiersController {
  constructor(
    private readonly tiers: TiersService,
    private readonly audit: AuditService,
  ) {}

  @Get('tiers')
  @ApiOperation({
    operationId: 'listTiers',
    summary: 'The tiers, their limits and how many users each has (staff)',
  })
  @ApiOk(200, TierList, 'Every tier.')
  @ApiRouteProblems('signed-in', 'FORBIDDEN', 'NOT_FOUND')
  async list(): Promise<TierList> {
    return { data: await this.tiers.list() };
  }

  @Put('tiers/:name')
  @HttpCode(200)
  @Staff(...ADMIN_ONLY)
  @ApiCsrfToken()
  @ApiOperation({
    operationId: 'updateTier',
    summary: "Set a tier's requests a minute and money limits (admin)",
    description:
      'Replaces the whole tier: every currency it limits (one left out is no longer limited). Requests a minute reach every API process within 30 seconds; money limits apply from the next transfer.',
  })
  @ApiOk(200, Tier, 'The tier as it is now.')
  @ApiRouteProblems('signed-in', 'FORBIDDEN', 'NOT_FOUND', 'VALIDATION_FAILED')
  update(
    @CurrentStaff() staff: StaffMember,
    @Param() { name }: TierNameParam,
    @Body() body: UpdateTierRequest,
    @CurrentRequestContext() context: RequestContext,
  ): Promise<Tier> {
    return this.tiers.update(name, body, ({ before, after }, tx) =>
      this.audit.record(
        {
          action: 'tier.changed',
          actorId: staff.userId,
          actorRole: staff.role,
          subjectType: 'tier',
          subjectId: name,
          before,
          after,
          context,
        },
        tx,
      ),
    );
  }

  @Put('users/:id/tier')
  @HttpCode(200)
  @Staff(...ADMIN_ONLY)
  @ApiCsrfToken()
  @ApiOperation({
    operationId: 'setUserTier',
    summary: 'Put a user on a tier (admin)',
    description:
      'Any tier but anonymous. Applies at once to money limits, and within 30 seconds to requests a minute.',
  })
  @ApiOk(200, UserTier, 'The user and their tier now.')
  @ApiRouteProblems('signed-in', 'FORBIDDEN', 'NOT_FOUND', 'VALIDATION_FAILED')
  setUserTier(
    @CurrentStaff() staff: StaffMember,
    @Param() { id }: IdParam,
    @Body() body: SetUserTierRequest,
    @CurrentRequestContext() context: RequestContext,
  ): Promise<UserTier> {
    return this.tiers.setUserTier(staff.userId, id, body.tier, ({ before, after }, tx) =>
      this.audit.record(
        {
          action: 'user.tier_changed',
          actorId: staff.userId,
          actorRole: staff.role,
          subjectType: 'user',
          subjectId: id,
          userId: id,
          before,
          after,
          context,
        },
        tx,
      ),
    );
  }
}
