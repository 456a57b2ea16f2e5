import { Controller, Get, Headers, Req, Res } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCookieAuth,
  ApiExtraModels,
  ApiHeader,
  ApiOperation,
  ApiProduces,
  ApiResponse,
  ApiTags,
  getSchemaPath,
} from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { type Caller, CurrentCaller, RequireScope } from '../auth/caller';
import { ApiProblems, REQUEST_ID_HEADER } from '../common/http/openapi-decorators';
import { Transaction } from '../transactions/dto/transaction.dto';
import { Wallet } from '../transactions/dto/wallet-view.dto';
import { EventsService } from './events.service';

const EXAMPLE = [
  'retry: 2000',
  '',
  'id: 1042',
  'event: transaction',
  'data: {"id":"…","walletId":"…","type":"TRANSFER_IN","status":"SUCCESS","amount":12.5,"balanceBefore":100,"balanceAfter":112.5,…}',
  '',
  'id: 1042',
  'event: balance',
  'data: {"id":"…","name":"Main","currency":"USD","balance":112.5,…}',
  '',
  ': heartbeat',
  '',
].join('\n');

@ApiTags('Events')
@ApiBearerAuth()
@ApiCookieAuth()
@ApiExtraModels(Transaction, Wallet)
@Controller('api/v1/events')
export class EventsController {
  constructor(private readonly events: EventsService) {}

  @Get()
  @RequireScope('wallets:read')
  @ApiOperation({
    operationId: 'getEventStream',
    summary: 'Stream new ledger entries on your wallets (Server-Sent Events)',
    description: `A text/event-stream of every new ledger entry on your wallets (incoming, outgoing and FAILED) as it commits, whichever server wrote it. Each entry comes as two events with its ledger seq as their \`id\`: \`event: transaction\` with the entry as \`data\` (a Transaction, as GET /transactions/{id} shows it to you), then \`event: balance\` with its wallet (a Wallet, with the balance the entry left it at). Reconnect with \`Last-Event-ID\` to get the entries after it first (at most 1000; when more were waiting, the stream ends after them and the next reconnect continues). A comment line is sent every 15 s; the stream ends when the server shuts down (reconnect, with Last-Event-ID).`,
  })
  @ApiHeader({
    name: 'Last-Event-ID',
    required: false,
    description: 'The id of the last event received: the entries after it are sent first.',
    schema: { type: 'string', pattern: '^\\d{1,19}$', example: '1042' },
  })
  @ApiProduces('text/event-stream')
  @ApiResponse({
    status: 200,
    description: `The stream. Each \`data:\` line is a Transaction or a Wallet as JSON, for example:\n\n\`\`\`\n${EXAMPLE}\n\`\`\``,
    headers: REQUEST_ID_HEADER,
    content: {
      'text/event-stream': {
        // The fields of one event (the stream is a sequence of them), as OpenAPI 3.2's itemSchema would say.
        schema: {
          type: 'object',
          description: 'One event of the stream, in text/event-stream framing (field: value lines).',
          properties: {
            id: {
              type: 'string',
              description: 'The ledger seq of the entry; send it back as Last-Event-ID.',
            },
            event: {
              type: 'string',
              enum: ['transaction', 'balance'],
              description: 'transaction: data is a Transaction; balance: data is a Wallet.',
            },
            data: { oneOf: [{ $ref: getSchemaPath(Transaction) }, { $ref: getSchemaPath(Wallet) }] },
          },
          required: ['id', 'event', 'data'],
        },
      },
    },
  })
  @ApiProblems('VALIDATION_FAILED')
  stream(
    @CurrentCaller() caller: Caller,
    @Headers('last-event-id') lastEventId: string | undefined,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    return this.events.open(caller, lastEventId, request, response);
  }
}
