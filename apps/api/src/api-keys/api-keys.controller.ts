import { Body, Controller, Delete, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiCookieAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentRequestContext, type RequestContext } from '../audit/request-context';
import { type Caller, CurrentCaller, SessionOnly } from '../auth/caller';
import { IdParam } from '../common/http/id-param.dto';
import { ApiCsrfToken, ApiOk, ApiProblems } from '../common/http/openapi-decorators';
import {
  ApiKey,
  ApiKeyList,
  CreateApiKeyRequest,
  CreatedApiKey,
  MAX_OVERLAP_HOURS,
  RotateApiKeyRequest,
  RotatedApiKey,
} from './api-keys.dto';
import { ApiKeysService } from './api-keys.service';

@ApiTags('API keys')
@ApiCookieAuth()
@SessionOnly()
@Controller('api/v1/api-keys')
export class ApiKeysController {
  constructor(private readonly keys: ApiKeysService) {}

  @Post()
  @HttpCode(201)
  @ApiCsrfToken()
  @ApiOperation({
    operationId: 'createApiKey',
    summary: 'Create an API key (signed-in session only)',
    description: 'The answer holds the secret `key` this once; only its hash is stored.',
  })
  @ApiOk(201, CreatedApiKey, 'The key, with its secret.')
  @ApiProblems('VALIDATION_FAILED', 'PAYLOAD_TOO_LARGE')
  create(
    @CurrentCaller() caller: Caller,
    @Body() body: CreateApiKeyRequest,
    @CurrentRequestContext() context: RequestContext,
  ): Promise<CreatedApiKey> {
    return this.keys.create(caller.userId, body, context);
  }

  @Get()
  @ApiOperation({ operationId: 'listApiKeys', summary: 'Your API keys, newest first (never their secrets)' })
  @ApiOk(200, ApiKeyList, 'The keys.')
  @ApiProblems()
  list(@CurrentCaller() caller: Caller): Promise<ApiKeyList> {
    return this.keys.list(caller.userId);
  }

  @Delete(':id')
  @HttpCode(200)
  @ApiCsrfToken()
  @ApiOperation({
    operationId: 'revokeApiKey',
    summary: 'Revoke an API key: it stops working at once, on every server',
  })
  @ApiOk(200, ApiKey, 'The revoked key.')
  @ApiProblems('VALIDATION_FAILED', 'NOT_FOUND')
  revoke(
    @CurrentCaller() caller: Caller,
    @Param() { id }: IdParam,
    @CurrentRequestContext() context: RequestContext,
  ): Promise<ApiKey> {
    return this.keys.revoke(caller.userId, id, context);
  }

  @Post(':id/rotate')
  @HttpCode(201)
  @ApiCsrfToken()
  @ApiOperation({
    operationId: 'rotateApiKey',
    summary: 'Rotate an API key: a new secret now, the old one stops after an overlap',
    description: `The new key has the old one's name, scopes and version pin; its secret is in this answer only. The old key keeps working for overlapHours (default 24, at most ${MAX_OVERLAP_HOURS}; 0 stops it at once), then answers 401 API_KEY_EXPIRED (in version 2026-12-08; UNAUTHENTICATED for a key pinned to 2026-11-26, which the new key keeps too). A revoked, expired or already rotated key is 409 API_KEY_NOT_ACTIVE.`,
  })
  @ApiOk(201, RotatedApiKey, 'The new key with its secret, and the old key with its end.')
  @ApiProblems('VALIDATION_FAILED', 'NOT_FOUND', 'API_KEY_NOT_ACTIVE', 'PAYLOAD_TOO_LARGE')
  rotate(
    @CurrentCaller() caller: Caller,
    @Param() { id }: IdParam,
    @Body() body: RotateApiKeyRequest,
    @CurrentRequestContext() context: RequestContext,
  ): Promise<RotatedApiKey> {
    return this.keys.rotate(caller.userId, id, body, context);
  }
}
