import { ReviewsService } from '../../src/reviews/reviews.service';
import type { TestApp } from './app';

/**
 * Puts the review rule set in force as `operatorId` (ReviewsService, as the operator console does): no
 * rule but those in `rules` (e.g. { singleAmountAbove: { USD: '50' } }); `{}` turns them all off again.
 */
export function putReviewRules(t: TestApp, operatorId: string, rules: Record<string, unknown>) {
  return t.app.get(ReviewsService, { strict: false }).putRules(
    { userId: operatorId },
    {
      rules: {
        hourly: { maxCount: null, maxAmount: {} },
        daily: { maxCount: null, maxAmount: {} },
        newCounterpartyAbove: {},
        singleAmountAbove: {},
        ...rules,
      },
    },
  );
}
