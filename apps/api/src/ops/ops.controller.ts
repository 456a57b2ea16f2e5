import { Body, Controller, Get, HttpCode, Param, Put, Query } from '@nestjs/common';
import { ApiCookieAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentRequestContext, type RequestContext } from '../audit/request-context';
import { IdParam } from '../common/http/id-param.dto';
import { ApiCsrfToken, ApiOk, ApiRouteProblems } from '../common/http/openapi-decorators';
import {
  SetRoleRequest,
  StaffUser,
  TransactionForStaff,
  TransactionSearchQuery,
  TransactionSearchResult,
  UserPage,
  UserSearchQuery,
  UserSearchResult,
  WalletPageForStaff,
} from './ops.dto';
import { OpsService } from './ops.service';
import { ADMIN_ONLY, ANY_STAFF, CurrentStaff, Staff, type StaffMember } from './staff';

/**
 * The operator console's reads of any account, and roles. Every route is 404 to anyone who is not staff
 * (and to API keys); see staff.ts for who may do what.
 */
@ApiTags('Operators')
@ApiCookieAuth()
@Staff(...ANY_STAFF)
@Controller('api/v1/ops')
export class OpsController {
  constructor(private readonly ops: OpsService) {}

  @Get('users')
  @ApiOperation({ operationId: 'findUsers', summary: 'Find users by the start of their email (staff)' })
  @ApiOk(200, UserSearchResult, 'Up to 20 users.')
  @ApiRouteProblems('signed-in', 'FORBIDDEN', 'NOT_FOUND', 'VALIDATION_FAILED')
  async findUsers(@Query() query: UserSearchQuery): Promise<UserSearchResult> {
    return { data: await this.ops.findUsers(query.email) };
  }

  @Get('users/:id')
  @ApiOperation({
    operationId: 'getUserPage',
    summary: "A user's page: wallets, keys, sessions, security history (staff; recorded in the audit trail)",
  })
  @ApiOk(200, UserPage, 'The account.')
  @ApiRouteProblems('signed-in', 'FORBIDDEN', 'NOT_FOUND', 'VALIDATION_FAILED')
  userPage(
    @CurrentStaff() staff: StaffMember,
    @Param() { id }: IdParam,
    @CurrentRequestContext() context: RequestContext,
  ): Promise<UserPage> {
    return this.ops.userPage(staff, id, context);
  }

  @Put('users/:id/role')
  @HttpCode(200)
  @Staff(...ADMIN_ONLY)
  @ApiCsrfToken()
  @ApiOperation({
    operationId: 'setUserRole',
    summary: 'Grant a staff role, or take it away with `user` (admin)',
  })
  @ApiOk(200, StaffUser, 'The user with their role now.')
  @ApiRouteProblems('signed-in', 'FORBIDDEN', 'NOT_FOUND', 'VALIDATION_FAILED')
  setRole(
    @CurrentStaff() staff: StaffMember,
    @Param() { id }: IdParam,
    @Body() body: SetRoleRequest,
    @CurrentRequestContext() context: RequestContext,
  ): Promise<StaffUser> {
    return this.ops.setRole(staff, id, body, context);
  }

  @Get('wallets/:id')
  @ApiOperation({
    operationId: 'getWalletForStaff',
    summary: 'Any wallet, its owner and newest entries (staff)',
  })
  @ApiOk(200, WalletPageForStaff, 'The wallet.')
  @ApiRouteProblems('signed-in', 'FORBIDDEN', 'NOT_FOUND', 'WALLET_NOT_FOUND', 'VALIDATION_FAILED')
  wallet(@Param() { id }: IdParam): Promise<WalletPageForStaff> {
    return this.ops.walletPage(id);
  }

  @Get('transactions')
  @ApiOperation({
    operationId: 'findTransactions',
    summary: "Ledger entries by an integrator's reference (staff)",
  })
  @ApiOk(200, TransactionSearchResult, 'Up to 20 entries, newest first.')
  @ApiRouteProblems('signed-in', 'FORBIDDEN', 'NOT_FOUND', 'VALIDATION_FAILED')
  async findTransactions(@Query() query: TransactionSearchQuery): Promise<TransactionSearchResult> {
    return { data: await this.ops.transactionsByReference(query.reference) };
  }

  @Get('transactions/:id')
  @ApiOperation({ operationId: 'getTransactionForStaff', summary: 'Any ledger entry and its wallet (staff)' })
  @ApiOk(200, TransactionForStaff, 'The entry.')
  @ApiRouteProblems('signed-in', 'FORBIDDEN', 'NOT_FOUND', 'TRANSACTION_NOT_FOUND', 'VALIDATION_FAILED')
  transaction(@Param() { id }: IdParam): Promise<TransactionForStaff> {
    return this.ops.transaction(id);
  }
}
