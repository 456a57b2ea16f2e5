import { Body, Controller, Get, HttpCode, Post, Res } from '@nestjs/common';
import { ApiCookieAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { UserResult } from '@wallet/contract';
import type { Response } from 'express';
import { ApiJsonBody, ApiOk, ApiProblems } from '../common/http/openapi-decorators';
import { ZodPipe } from '../common/http/zod.pipe';
import { AuthRateLimited } from '../rate-limit/rate-limit.decorators';
import { AuthService, CSRF_COOKIE, type NewSession, SESSION_COOKIE } from './auth.service';
import { type Caller, CurrentCaller, Public } from './caller';
import { type Credentials, CredentialsBody } from './dto/auth.dto';

@ApiTags('Accounts')
@Controller('api/v1/auth')
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Post('signup')
  @Public()
  @AuthRateLimited()
  @HttpCode(201)
  @ApiOperation({ summary: 'Create an account and sign in (sets the session cookie)' })
  @ApiJsonBody('Credentials')
  @ApiOk(201, 'UserResult', 'The new user; the session cookie is set.')
  @ApiProblems('VALIDATION_FAILED', 'RATE_LIMITED')
  async signUp(
    @Body(new ZodPipe(CredentialsBody, 'body')) body: Credentials,
    @Res({ passthrough: true }) response: Response,
  ): Promise<UserResult> {
    return this.signIn(await this.auth.signUp(body), response);
  }

  @Post('login')
  @Public()
  @AuthRateLimited()
  @HttpCode(200)
  @ApiOperation({ summary: 'Sign in (sets the session cookie)' })
  @ApiJsonBody('Credentials')
  @ApiOk(200, 'UserResult', 'The user; the session cookie is set.')
  @ApiProblems('VALIDATION_FAILED', 'UNAUTHENTICATED', 'RATE_LIMITED')
  async logIn(
    @Body(new ZodPipe(CredentialsBody, 'body')) body: Credentials,
    @Res({ passthrough: true }) response: Response,
  ): Promise<UserResult> {
    return this.signIn(await this.auth.logIn(body), response);
  }

  @Post('logout')
  @HttpCode(204)
  @ApiCookieAuth()
  @ApiOperation({ summary: 'Sign out: the session is revoked on every server' })
  @ApiProblems('UNAUTHENTICATED', 'FORBIDDEN')
  async logOut(
    @CurrentCaller() caller: Caller,
    @Res({ passthrough: true }) response: Response,
  ): Promise<void> {
    await this.auth.logOut(caller);
    response.clearCookie(SESSION_COOKIE, { path: '/' });
    response.clearCookie(CSRF_COOKIE, { path: '/' });
  }

  @Get('me')
  @ApiOperation({ summary: 'The signed-in user (or the owner of the API key)' })
  @ApiOk(200, 'UserResult', 'The user.')
  @ApiProblems('UNAUTHENTICATED')
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
