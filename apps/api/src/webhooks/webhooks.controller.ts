import { Body, Controller, Delete, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCookieAuth, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { type Caller, CurrentCaller, RequireScope } from '../auth/caller';
import { livemodeOf } from '../auth/mode';
import { IdParam } from '../common/http/id-param.dto';
import {
  ApiCsrfToken,
  ApiOk,
  ApiProblems,
  RATE_LIMIT_STATUS_HEADERS,
  REQUEST_ID_HEADER,
} from '../common/http/openapi-decorators';
import type { Page } from '../common/page';
import {
  CreatedWebhookEndpoint,
  CreateWebhookEndpointRequest,
  DeliveryParam,
  ListWebhookDeliveriesQuery,
  ListWebhookEndpointsQuery,
  WebhookDelivery,
  WebhookDeliveryPage,
  WebhookEndpoint,
  WebhookEndpointPage,
} from './dto/webhook.dto';
import type { EndpointOwner } from './webhooks.repository';
import { WebhooksService } from './webhooks.service';

@ApiTags('Webhooks')
@ApiBearerAuth()
@ApiCookieAuth()
@RequireScope('webhooks:write')
@Controller('api/v1/webhook-endpoints')
export class WebhooksController {
  constructor(private readonly webhooks: WebhooksService) {}

  @Post()
  @HttpCode(201)
  @ApiCsrfToken()
  // Every event carries a wallet's movement (wallet, amount, balance after, memo): a key that may not read
  // wallets may not have them sent anywhere either.
  @RequireScope('webhooks:write', 'wallets:read')
  @ApiOperation({
    operationId: 'createWebhookEndpoint',
    summary: 'Add a webhook endpoint',
    description:
      'The answer holds the signing `secret` this once. The URL must reach a public address, and its name must resolve (checked now, and again at every delivery). An API key needs `wallets:read` as well as `webhooks:write`: the events carry wallet data (wallet, amount, balance, memo), so a key that cannot read wallets cannot have them sent anywhere either (403 FORBIDDEN). A signed-in session has every scope.',
  })
  @ApiOk(201, CreatedWebhookEndpoint, 'The endpoint, with its signing secret.')
  @ApiProblems('VALIDATION_FAILED', 'PAYLOAD_TOO_LARGE')
  create(
    @CurrentCaller() caller: Caller,
    @Body() body: CreateWebhookEndpointRequest,
  ): Promise<CreatedWebhookEndpoint> {
    return this.webhooks.create(ownerOf(caller), body);
  }

  @Get()
  @ApiOperation({ operationId: 'listWebhookEndpoints', summary: 'Your webhook endpoints, oldest first' })
  @ApiOk(200, WebhookEndpointPage, 'A page of endpoints (never their secrets).')
  @ApiProblems('VALIDATION_FAILED')
  list(
    @CurrentCaller() caller: Caller,
    @Query() query: ListWebhookEndpointsQuery,
  ): Promise<Page<WebhookEndpoint>> {
    return this.webhooks.list(ownerOf(caller), query);
  }

  @Get(':id')
  @ApiOperation({ operationId: 'getWebhookEndpoint', summary: 'One webhook endpoint' })
  @ApiOk(200, WebhookEndpoint, 'The endpoint (never its secret).')
  @ApiProblems('VALIDATION_FAILED', 'NOT_FOUND')
  get(@CurrentCaller() caller: Caller, @Param() { id }: IdParam): Promise<WebhookEndpoint> {
    return this.webhooks.get(ownerOf(caller), id);
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiCsrfToken()
  @ApiOperation({
    operationId: 'deleteWebhookEndpoint',
    summary: 'Delete a webhook endpoint: nothing more is sent to it, pending retries included',
  })
  @ApiResponse({
    status: 204,
    description: 'Deleted.',
    headers: { ...REQUEST_ID_HEADER, ...RATE_LIMIT_STATUS_HEADERS },
  })
  @ApiProblems('VALIDATION_FAILED', 'NOT_FOUND')
  delete(@CurrentCaller() caller: Caller, @Param() { id }: IdParam): Promise<void> {
    return this.webhooks.delete(ownerOf(caller), id);
  }

  @Get(':id/deliveries')
  @ApiOperation({
    operationId: 'listWebhookDeliveries',
    summary: "An endpoint's deliveries, newest first",
  })
  @ApiOk(200, WebhookDeliveryPage, 'A page of deliveries.')
  @ApiProblems('VALIDATION_FAILED', 'NOT_FOUND')
  deliveries(
    @CurrentCaller() caller: Caller,
    @Param() { id }: IdParam,
    @Query() query: ListWebhookDeliveriesQuery,
  ): Promise<Page<WebhookDelivery>> {
    return this.webhooks.deliveries(ownerOf(caller), id, query);
  }

  @Post(':id/test')
  @HttpCode(201)
  @ApiCsrfToken()
  @ApiOperation({
    operationId: 'createWebhookTestEvent',
    summary: 'Send a test event to this endpoint',
    description:
      'Sends a signed `webhook.test` event (`data: { endpointId, message }`) to this endpoint, whatever it subscribes to, the way every event is sent: it is queued, retried when the endpoint does not answer 2xx, and listed in the deliveries. Moves no money.',
  })
  @ApiOk(201, WebhookDelivery, 'The delivery of the test event (its eventId is the webhook-id).')
  @ApiProblems('VALIDATION_FAILED', 'NOT_FOUND')
  sendTest(@CurrentCaller() caller: Caller, @Param() { id }: IdParam): Promise<WebhookDelivery> {
    return this.webhooks.sendTest(ownerOf(caller), id);
  }

  @Post(':id/deliveries/:deliveryId/retry')
  @HttpCode(202)
  @ApiCsrfToken()
  @ApiOperation({
    operationId: 'retryWebhookDelivery',
    summary: 'Send a delivery again (one that failed, or succeeded), with the same webhook-id',
  })
  @ApiOk(202, WebhookDelivery, 'The delivery, pending again.')
  @ApiProblems('VALIDATION_FAILED', 'NOT_FOUND', 'DELIVERY_PENDING')
  retry(
    @CurrentCaller() caller: Caller,
    @Param() { id, deliveryId }: DeliveryParam,
  ): Promise<WebhookDelivery> {
    return this.webhooks.resend(ownerOf(caller), id, deliveryId);
  }
}

/** The caller's endpoints: the user's, of the caller's mode (a test key's or a test-mode session's: test). */
function ownerOf(caller: Caller): EndpointOwner {
  return { ownerId: caller.userId, livemode: livemodeOf(caller) };
}
