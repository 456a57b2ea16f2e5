import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiCookieAuth, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { CurrentRequestContext, type RequestContext } from '../audit/request-context';
import { ApiCsrfToken, ApiOk, ApiRouteProblems, REQUEST_ID_HEADER } from '../common/http/openapi-decorators';
import { type Caller, CurrentCaller, SessionOnly } from './caller';
import {
  DisableTwoFactorRequest,
  RecoveryCodes,
  TwoFactorCodeRequest,
  TwoFactorSetup,
} from './dto/two-factor.dto';
import { TwoFactorService } from './two-factor.service';

@ApiTags('Accounts')
@ApiCookieAuth()
@ApiCsrfToken()
@SessionOnly()
@Controller('api/v1/auth/two-factor')
export class TwoFactorController {
  constructor(private readonly twoFactor: TwoFactorService) {}

  @Post('setup')
  @HttpCode(201)
  @ApiOperation({
    operationId: 'createTwoFactorSetup',
    summary: 'Start two-factor sign-in: a new TOTP secret and its QR code (pending until enabled)',
    description:
      'Replaces a pending secret; 409 TWO_FACTOR_ALREADY_ENABLED when two-factor sign-in is on. Nothing changes at login until `enable` gets a code of this secret.',
  })
  @ApiOk(201, TwoFactorSetup, 'The secret, its otpauth URI and its QR code.')
  @ApiRouteProblems('signed-in', 'FORBIDDEN', 'TWO_FACTOR_ALREADY_ENABLED')
  setup(@CurrentCaller() caller: Caller): Promise<TwoFactorSetup> {
    return this.twoFactor.setup(caller.userId);
  }

  @Post('enable')
  @HttpCode(200)
  @ApiOperation({
    operationId: 'enableTwoFactor',
    summary: 'Turn two-factor sign-in on with a code of the pending secret; answers the recovery codes once',
  })
  @ApiOk(200, RecoveryCodes, 'On; the ten recovery codes, shown this once.')
  @ApiRouteProblems(
    'signed-in',
    'VALIDATION_FAILED',
    'FORBIDDEN',
    'TWO_FACTOR_ALREADY_ENABLED',
    'TWO_FACTOR_NOT_ENABLED',
    'PAYLOAD_TOO_LARGE',
  )
  enable(
    @CurrentCaller() caller: Caller,
    @Body() body: TwoFactorCodeRequest,
    @CurrentRequestContext() context: RequestContext,
  ): Promise<RecoveryCodes> {
    return this.twoFactor.enable(caller.userId, body.code, context, caller.sessionId);
  }

  @Post('disable')
  @HttpCode(204)
  @ApiOperation({
    operationId: 'disableTwoFactor',
    summary: 'Turn two-factor sign-in off (the password and a code or recovery code)',
    description:
      'A wrong password or code is 400 VALIDATION_FAILED naming the field, and counts as a failed login of the account (the login limits apply: 429 RATE_LIMITED past them).',
  })
  @ApiResponse({
    status: 204,
    description: 'Off; the secret and the recovery codes are deleted.',
    headers: REQUEST_ID_HEADER,
  })
  @ApiRouteProblems(
    'signed-in',
    'VALIDATION_FAILED',
    'FORBIDDEN',
    'TWO_FACTOR_NOT_ENABLED',
    'PAYLOAD_TOO_LARGE',
  )
  async disable(
    @CurrentCaller() caller: Caller,
    @Body() body: DisableTwoFactorRequest,
    @CurrentRequestContext() context: RequestContext,
  ): Promise<void> {
    await this.twoFactor.disable(caller.userId, body, context);
  }

  @Post('recovery-codes')
  @HttpCode(200)
  @ApiOperation({
    operationId: 'regenerateRecoveryCodes',
    summary: 'Ten new recovery codes (a code or recovery code of the account); the old ones stop working',
    description: 'A wrong code counts as a failed login, as for `disable`.',
  })
  @ApiOk(200, RecoveryCodes, 'The new recovery codes, shown this once.')
  @ApiRouteProblems(
    'signed-in',
    'VALIDATION_FAILED',
    'FORBIDDEN',
    'TWO_FACTOR_NOT_ENABLED',
    'PAYLOAD_TOO_LARGE',
  )
  async regenerate(
    @CurrentCaller() caller: Caller,
    @Body() body: TwoFactorCodeRequest,
    @CurrentRequestContext() context: RequestContext,
  ): Promise<RecoveryCodes> {
    const { recoveryCodes } = await this.twoFactor.regenerateRecoveryCodes(caller.userId, body.code, context);
    return { recoveryCodes };
  }
}
