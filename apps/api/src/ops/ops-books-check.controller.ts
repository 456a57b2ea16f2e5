import { Controller, Get, HttpCode, Post } from '@nestjs/common';
import { ApiCookieAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentRequestContext, type RequestContext } from '../audit/request-context';
import { ApiCsrfToken, ApiOk, ApiRouteProblems } from '../common/http/openapi-decorators';
import { BooksCheckSummary, LatestBooksCheckResult } from './ops-books-check.dto';
import { OpsBooksCheckService } from './ops-books-check.service';
import { ADMIN_ONLY, ANY_STAFF, CurrentStaff, Staff, type StaffMember } from './staff';

/** The books check in the console: every member of staff sees the latest; an admin runs one now. */
@ApiTags('Operators')
@ApiCookieAuth()
@Staff(...ANY_STAFF)
@Controller('api/v1/ops/books-check')
export class OpsBooksCheckController {
  constructor(private readonly booksCheck: OpsBooksCheckService) {}

  @Get()
  @ApiOperation({
    operationId: 'getLatestBooksCheck',
    summary: 'The latest check of the books: when, how, what it read and found (staff)',
  })
  @ApiOk(200, LatestBooksCheckResult, 'The latest check, or null before the first.')
  @ApiRouteProblems('signed-in', 'FORBIDDEN', 'NOT_FOUND')
  async latest(): Promise<LatestBooksCheckResult> {
    return { latest: await this.booksCheck.latest() };
  }

  @Post()
  @HttpCode(200)
  @Staff(...ADMIN_ONLY)
  @ApiCsrfToken()
  @ApiOperation({
    operationId: 'checkBooksNow',
    summary: 'Check the books now, incrementally (admin; recorded in the audit trail as books.checked)',
    description:
      'Runs the same check as the schedule and `pnpm books:check`, over what moved since the last one, and the whole hash chain of the ledger and the audit trail. 503 when another check is running.',
  })
  @ApiOk(200, BooksCheckSummary, 'What the check found.')
  @ApiRouteProblems('signed-in', 'FORBIDDEN', 'NOT_FOUND')
  checkNow(
    @CurrentStaff() staff: StaffMember,
    @CurrentRequestContext() context: RequestContext,
  ): Promise<BooksCheckSummary> {
    return this.booksCheck.checkNow(staff, context);
  }
}
