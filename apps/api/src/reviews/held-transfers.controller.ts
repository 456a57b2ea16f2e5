import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCookieAuth, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { type Caller, CurrentCaller, RequireScope } from '../auth/caller';
import { livemodeOf } from '../auth/mode';
import { IdParam } from '../common/http/id-param.dto';
import { ApiOk, ApiProblems } from '../common/http/openapi-decorators';
import { QueryChoice } from '../common/validation';
import { HeldTransfer } from './dto/review.dto';
import { ReviewsService } from './reviews.service';

export class HeldTransfersQuery {
  @ApiProperty({
    required: false,
    enum: ['PENDING', 'ALL'],
    description: 'PENDING (default): only those still held.',
  })
  @QueryChoice(['PENDING', 'ALL'])
  status?: 'PENDING' | 'ALL';
}

export class HeldTransferList {
  @ApiProperty({ type: HeldTransfer, isArray: true }) data!: HeldTransfer[];
}

/** The payer's view of their transfers held for review: what a wallet's history shows as "Pending review". */
@ApiTags('Wallets')
@ApiBearerAuth()
@ApiCookieAuth()
@Controller('api/v1/wallets')
export class HeldTransfersController {
  constructor(private readonly reviews: ReviewsService) {}

  @Get(':id/held-transfers')
  @RequireScope('wallets:read')
  @ApiOperation({
    operationId: 'listHeldTransfers',
    summary: "A wallet's transfers held for review, newest first (at most 50)",
    description:
      "Held (PENDING_REVIEW) transfers reserve their amount: the wallet's availableBalance leaves it out. Released ones are in the ledger as a transfer with the same id; rejected ones as a FAILED row with failureCode REVIEW_REJECTED.",
  })
  @ApiOk(200, HeldTransferList, 'The held transfers.')
  @ApiProblems('VALIDATION_FAILED', 'WALLET_NOT_FOUND')
  async list(
    @CurrentCaller() caller: Caller,
    @Param() { id }: IdParam,
    @Query() query: HeldTransfersQuery,
  ): Promise<HeldTransferList> {
    return {
      data: await this.reviews.ofOwnedWallet(caller.userId, id, query.status !== 'ALL', livemodeOf(caller)),
    };
  }
}
