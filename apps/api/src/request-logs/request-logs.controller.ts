import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCookieAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { type Caller, CurrentCaller } from '../auth/caller';
import { ApiOk, ApiRouteProblems } from '../common/http/openapi-decorators';
import { RequestLogPage, RequestLogQuery } from './request-logs.dto';
import { RequestLogsService } from './request-logs.service';

@ApiTags('API keys')
@ApiBearerAuth('bearer')
@ApiCookieAuth()
@Controller('api/v1/request-logs')
export class RequestLogsController {
  constructor(private readonly logs: RequestLogsService) {}

  @Get()
  @ApiOperation({
    operationId: 'listRequestLogs',
    summary: 'Your API requests, newest first: the request log of your keys (kept 30 days)',
    description:
      "Every request made with one of your API keys, refused ones included (a missing scope, an invalid field, a rate limit): when, method, route pattern, status, time taken, request id, Idempotency-Key and problem code. Never a body, a header or a secret. Signed in, you see all your keys (or one, `keyId`); with an API key (any scope), only that key's own requests. Rows are written in batches about a second after the answer; newest first is the order they were written (with several API servers, it can differ slightly from `at`). The Idempotency-Key is logged only when valid (else null). Not logged: requests with no valid key (401), those refused before the key is checked (no such route, a body that is not JSON or too large) and the dashboard's (a session).",
  })
  @ApiOk(200, RequestLogPage, 'One page of the log.')
  @ApiRouteProblems('signed-in', 'VALIDATION_FAILED', 'NOT_FOUND')
  list(@CurrentCaller() caller: Caller, @Query() query: RequestLogQuery): Promise<RequestLogPage> {
    return this.logs.list(caller, query);
  }
}
