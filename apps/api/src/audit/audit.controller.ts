import { Controller, Get, Query } from '@nestjs/common';
import { ApiCookieAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { type Caller, CurrentCaller, SessionOnly } from '../auth/caller';
import { ApiOk, ApiRouteProblems } from '../common/http/openapi-decorators';
import { PageQuery } from '../common/http/page-query.dto';
import { pageSize, toPage } from '../common/page';
import { PrismaService } from '../database/prisma.service';
import { SecurityEventPage } from './audit.dto';
import { AuditRepository, toSecurityEventView } from './audit.repository';

@ApiTags('Accounts')
@ApiCookieAuth()
@SessionOnly()
@Controller('api/v1/auth')
export class AuditController {
  constructor(
    private readonly prisma: PrismaService,
    private readonly audit: AuditRepository,
  ) {}

  @Get('security-history')
  @ApiOperation({
    operationId: 'getSecurityHistory',
    summary: 'Your security history, newest first',
    description:
      "Sign-ins (and failed ones with your email), password and two-factor changes, API keys made and revoked, and what staff did to your account (a role, a tier, a frozen wallet, an operator opening your account's page). Staff are not named.",
  })
  @ApiOk(200, SecurityEventPage, 'One page of your history.')
  @ApiRouteProblems('signed-in', 'FORBIDDEN', 'VALIDATION_FAILED')
  async history(@CurrentCaller() caller: Caller, @Query() query: PageQuery): Promise<SecurityEventPage> {
    const limit = pageSize(query.limit);
    const rows = await this.audit.securityHistory(this.prisma, caller.userId, {
      before: query.cursor,
      take: limit + 1,
    });
    return toPage(rows, limit, (row: (typeof rows)[number]) => toSecurityEventView(row, caller.userId));
  }
}
