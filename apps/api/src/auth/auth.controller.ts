import { Body, Controller, Get, HttpCode, Post, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiCookieAuth, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { CurrentRequestContext, type RequestContext } from '../audit/request-context';
import {
  ApiCsrfToken,
  ApiOk,
  ApiProblems,
  ApiRouteProblems,
  REQUEST_ID_HEADER,
} from '../common/http/openapi-decorators';
import { clientAddress } from '../rate-limit/client-address';
import { LoginLimitedError, LoginLimits } from '../rate-limit/login-limits';
import { AuthRateLimited } from '../rate-limit/rate-limit.decorators';
import { UnauthenticatedError } from './auth.errors';
import { AuthService, CSRF_COOKIE, type NewSession, SESSION_COOKIE } from './auth.service';
import { type Caller, CurrentCaller, Public } from './caller';
import { Credentials, LoginRequest, UserResult } from './dto/auth.dto';

const SESSION_COOKIES = {
  'Set-Cookie': {
    description:
      'wallet_session (httpOnly: the session) and wallet_csrf (readable by the page, to echo in X-CSRF-Token).',
    schema: { type: 'string' },
  },
};

@ApiTags('Accounts')
@Controller('api/v1/auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly loginLimits: LoginLimits,
  ) {}

  @Post('signup')
  @Public()
  @AuthRateLimited()
  @HttpCode(201)
  @ApiOperation({
    operationId: 'signUp',
    summary: 'Create an account and sign in (sets the session cookie)',
    security: [],
  })
  @ApiOk(201, UserResult, 'The new user; the session cookie is set.', SESSION_COOKIES)
  @ApiRouteProblems('public', 'VALIDATION_FAILED', 'PAYLOAD_TOO_LARGE', 'RATE_LIMITED')
  async signUp(
    @Body() body: Credentials,
    @Res({ passthrough: true }) response: Response,
  ): Promise<UserResult> {
    return this.signIn(await this.auth.signUp(body), response);
  }

  @Post('login')
  @Public()
  @AuthRateLimited()
  @HttpCode(200)
  @ApiOperation({
    operationId: 'logIn',
    summary: 'Sign in (sets the session cookie)',
    description:
      'An account with two-factor sign-in also needs `otp` (its authenticator code or a recovery code): without it the answer is 401 OTP_REQUIRED, with a wrong or used one 401 UNAUTHENTICATED, counted as a failed login.',
    security: [],
  })
  @ApiOk(200, UserResult, 'The user; the session cookie is set.', SESSION_COOKIES)
  @ApiRouteProblems(
    'public',
    'VALIDATION_FAILED',
    'UNAUTHENTICATED',
    'OTP_REQUIRED',
    'PAYLOAD_TOO_LARGE',
    'RATE_LIMITED',
  )
  async logIn(
    @Body() body: LoginRequest,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
    @CurrentRequestContext() context: RequestContext,
  ): Promise<UserResult> {
    // The per-email limits count failed logins only, here after validation: see LoginLimits.
    const address = clientAddress(request.ip);
    try {
      await this.loginLimits.check(body.email, address);
      let session: NewSession;
      try {
        session = await this.auth.logIn(body, context);
      } catch (error) {
        if (error instanceof UnauthenticatedError) await this.loginLimits.failed(body.email, address);
        throw error;
      }
      return this.signIn(session, response);
    } catch (error) {
      if (error instanceof LoginLimitedError) response.locals.rateLimitedBy = error.limit;
      throw error;
    }
  }

  @Post('logout')
  @HttpCode(204)
  @ApiCookieAuth()
  @ApiCsrfToken()
  @ApiOperation({ operationId: 'logOut', summary: 'Sign out: the session is revoked on every server' })
  @ApiResponse({
    status: 204,
    description: 'Signed out; both cookies are cleared.',
    headers: { ...REQUEST_ID_HEADER, ...SESSION_COOKIES },
  })
  @ApiProblems()
  async logOut(
    @CurrentCaller() caller: Caller,
    @Res({ passthrough: true }) response: Response,
    @CurrentRequestContext() context: RequestContext,
  ): Promise<void> {
    await this.auth.logOut(caller, context);
    response.clearCookie(SESSION_COOKIE, { path: '/' });
    response.clearCookie(CSRF_COOKIE, { path: '/' });
  }

  @Get('me')
  @ApiBearerAuth()
  @ApiCookieAuth()
  @ApiOperation({
    operationId: 'getCurrentUser',
    summary: 'The signed-in user (or the owner of the API key)',
  })
  @ApiOk(200, UserResult, 'The user.')
  @ApiRouteProblems('signed-in')
  async me(@CurrentCaller() caller: Caller): Promise<UserResult> {
    return { user: await this.auth.me(caller) };
  }

  private signIn(session: NewSession, response: Response): UserResult {
    const maxAge = session.expiresAt.getTime() - Date.now();
    response.cookie(SESSION_COOKIE, session.token, this.auth.cookieOptions(maxAge, true));
    // Readable by the dashboard's script, which echoes it in X-CSRF-Token; useless to another site.
    response.cookie(CSRF_COOKIE, session.csrfToken, this.auth.cookieOptions(maxAge, false));
    return { user: session.user };
  }
}
