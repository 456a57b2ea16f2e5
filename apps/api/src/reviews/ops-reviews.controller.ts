import { Body, Controller, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiCookieAuth, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { CurrentRequestContext, type RequestContext } from '../audit/request-context';
import { IdParam } from '../common/http/id-param.dto';
import { ApiCsrfToken, ApiOk, ApiRouteProblems } from '../common/http/openapi-decorators';
import type { Page } from '../common/page';
import { PageCursor, PageLimit, QueryChoice } from '../common/validation';
import { ADMIN_ONLY, ANY_STAFF, CurrentStaff, MONEY_STAFF, Staff, type StaffMember } from '../ops/staff';
import {
  PutRulesRequest,
  RejectRequest,
  ReviewItem,
  ReviewPage,
  ReviewRuleSetPage,
  ReviewRuleSetView,
} from './dto/review.dto';
import { type ReviewStatus, ReviewsService } from './reviews.service';

export class ReviewQueueQuery {
  @ApiProperty({
    required: false,
    enum: ['PENDING', 'RELEASED', 'REJECTED'],
    description: 'Default PENDING.',
  })
  @QueryChoice(['PENDING', 'RELEASED', 'REJECTED'])
  status?: ReviewStatus;

  @ApiProperty({ required: false, minimum: 1, maximum: 100, description: 'Default 20.' })
  @PageLimit()
  limit?: number;

  @ApiProperty({ required: false, type: String, description: 'nextCursor of the page before.' })
  @PageCursor()
  cursor?: bigint;
}

/**
 * The queue of transfers held by the review rules, and the rules themselves. Any staff member reads the
 * queue and the rules; finance and admin release or reject; only admin edits the rules (a new version).
 */
@ApiTags('Operators')
@ApiCookieAuth()
@Staff(...ANY_STAFF)
@Controller('api/v1/ops')
export class OpsReviewsController {
  constructor(private readonly reviews: ReviewsService) {}

  @Get('reviews')
  @ApiOperation({ operationId: 'listReviews', summary: 'Transfers held for review, oldest first (staff)' })
  @ApiOk(200, ReviewPage, 'A page of the queue.')
  @ApiRouteProblems('signed-in', 'FORBIDDEN', 'NOT_FOUND', 'VALIDATION_FAILED')
  queue(@Query() query: ReviewQueueQuery): Promise<Page<ReviewItem>> {
    return this.reviews.queue(query.status ?? 'PENDING', query.limit, query.cursor);
  }

  @Post('reviews/:id/release')
  @HttpCode(200)
  @Staff(...MONEY_STAFF)
  @ApiCsrfToken()
  @ApiOperation({
    operationId: 'releaseReview',
    summary: 'Release a held transfer: it posts as a normal transfer under its id (finance, admin)',
  })
  @ApiOk(200, ReviewItem, 'The review as decided, with the TRANSFER_OUT leg as transactionId.')
  @ApiRouteProblems(
    'signed-in',
    'FORBIDDEN',
    'NOT_FOUND',
    'VALIDATION_FAILED',
    'REVIEW_NOT_PENDING',
    'BALANCE_LIMIT_EXCEEDED',
    'WALLET_FROZEN',
  )
  release(
    @CurrentStaff() staff: StaffMember,
    @Param() { id }: IdParam,
    @CurrentRequestContext() context: RequestContext,
  ): Promise<ReviewItem> {
    return this.reviews.release(staff, id, context);
  }

  @Post('reviews/:id/reject')
  @HttpCode(200)
  @Staff(...MONEY_STAFF)
  @ApiCsrfToken()
  @ApiOperation({
    operationId: 'rejectReview',
    summary: 'Reject a held transfer: a FAILED REVIEW_REJECTED entry, nothing moves (finance, admin)',
  })
  @ApiOk(200, ReviewItem, 'The review as decided, with the FAILED entry as transactionId.')
  @ApiRouteProblems('signed-in', 'FORBIDDEN', 'NOT_FOUND', 'VALIDATION_FAILED', 'REVIEW_NOT_PENDING')
  reject(
    @CurrentStaff() staff: StaffMember,
    @Param() { id }: IdParam,
    @Body() body: RejectRequest,
    @CurrentRequestContext() context: RequestContext,
  ): Promise<ReviewItem> {
    return this.reviews.reject(staff, id, body.reason, context);
  }

  @Get('review-rules')
  @ApiOperation({
    operationId: 'getReviewRules',
    summary: 'The review rules in force, and earlier versions (staff)',
  })
  @ApiOk(200, ReviewRuleSetPage, 'The active version and up to 20 before it.')
  @ApiRouteProblems('signed-in', 'FORBIDDEN', 'NOT_FOUND')
  rules(): Promise<ReviewRuleSetPage> {
    return this.reviews.rules();
  }

  @Put('review-rules')
  @HttpCode(200)
  @Staff(...ADMIN_ONLY)
  @ApiCsrfToken()
  @ApiOperation({
    operationId: 'replaceReviewRules',
    summary: 'Save the whole rule set as a new version, in force for the next transfer (admin)',
  })
  @ApiOk(200, ReviewRuleSetView, 'The new version.')
  @ApiRouteProblems('signed-in', 'FORBIDDEN', 'NOT_FOUND', 'VALIDATION_FAILED')
  putRules(
    @CurrentStaff() staff: StaffMember,
    @Body() body: PutRulesRequest,
    @CurrentRequestContext() context: RequestContext,
  ): Promise<ReviewRuleSetView> {
    return this.reviews.putRules(staff, body, context);
  }
}
