import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post } from '@nestjs/common';
import { ApiCookieAuth, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { CurrentRequestContext, type RequestContext } from '../audit/request-context';
import { IdParam } from '../common/http/id-param.dto';
import { ApiCsrfToken, ApiOk, ApiRouteProblems, REQUEST_ID_HEADER } from '../common/http/openapi-decorators';
import { AccountService } from './account.service';
import { type Caller, CurrentCaller, SessionOnly } from './caller';
import { ChangePasswordRequest, SessionList } from './dto/account.dto';
import { UpdateProfileRequest, UserResult } from './dto/auth.dto';

/** The signed-in person's own settings: the display name, the password and the signed-in browsers. */
@ApiTags('Accounts')
@ApiCookieAuth()
@SessionOnly()
@Controller('api/v1/auth')
export class AccountController {
  constructor(private readonly account: AccountService) {}

  @Patch('me')
  @HttpCode(200)
  @ApiCsrfToken()
  @ApiOperation({
    operationId: 'updateCurrentUser',
    summary: 'Set or remove your display name (how the people you pay, and who pay you, see you)',
    description:
      "Session only (an API key is 403 FORBIDDEN): a name is the person's own choice. `displayName` is trimmed and must be 1 to 60 characters without control characters (400 VALIDATION_FAILED otherwise); null removes it.",
  })
  @ApiOk(200, UserResult, 'The user, with the new display name.')
  @ApiRouteProblems('signed-in', 'VALIDATION_FAILED', 'FORBIDDEN', 'PAYLOAD_TOO_LARGE')
  async updateProfile(
    @CurrentCaller() caller: Caller,
    @Body() body: UpdateProfileRequest,
  ): Promise<UserResult> {
    return { user: await this.account.updateProfile(caller, body) };
  }

  @Post('password')
  @HttpCode(204)
  @ApiCsrfToken()
  @ApiOperation({
    operationId: 'changePassword',
    summary: 'Change the password (with the current one); every other session of yours ends',
    description:
      'A wrong current password is 400 VALIDATION_FAILED on `currentPassword` and counts as a failed login of the account (the login limits apply: 429 RATE_LIMITED past them). API keys keep working.',
  })
  @ApiResponse({
    status: 204,
    description: 'Changed; the other sessions are ended.',
    headers: REQUEST_ID_HEADER,
  })
  @ApiRouteProblems('signed-in', 'VALIDATION_FAILED', 'FORBIDDEN', 'PAYLOAD_TOO_LARGE')
  async changePassword(
    @CurrentCaller() caller: Caller,
    @Body() body: ChangePasswordRequest,
    @CurrentRequestContext() context: RequestContext,
  ): Promise<void> {
    await this.account.changePassword(caller, body, context);
  }

  @Get('sessions')
  @ApiOperation({
    operationId: 'listSessions',
    summary: 'Your signed-in browsers (live sessions), newest first; never their tokens',
  })
  @ApiOk(200, SessionList, 'The live sessions; `current` marks this one.')
  @ApiRouteProblems('signed-in', 'FORBIDDEN')
  listSessions(@CurrentCaller() caller: Caller): Promise<SessionList> {
    return this.account.listSessions(caller);
  }

  @Delete('sessions/:id')
  @HttpCode(204)
  @ApiCsrfToken()
  @ApiOperation({
    operationId: 'revokeSession',
    summary: 'End one of your sessions, on every server (another user’s, or an ended one, is 404)',
  })
  @ApiResponse({ status: 204, description: 'Ended.', headers: REQUEST_ID_HEADER })
  @ApiRouteProblems('signed-in', 'VALIDATION_FAILED', 'FORBIDDEN', 'NOT_FOUND')
  async revokeSession(
    @CurrentCaller() caller: Caller,
    @Param() { id }: IdParam,
    @CurrentRequestContext() context: RequestContext,
  ): Promise<void> {
    await this.account.revokeSession(caller, id, context);
  }
}
