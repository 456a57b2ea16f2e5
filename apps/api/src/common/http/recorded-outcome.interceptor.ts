import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import type { Response } from 'express';
import { map, type Observable } from 'rxjs';
import { Recorded } from '../outcome';

/**
 * Turns a use case's Recorded outcome into the answer: the value as the body, or the decline thrown for
 * the problem filter. A replay of an earlier request with the same Idempotency-Key is marked with
 * `Idempotent-Replayed: true`, success or decline alike.
 */
@Injectable()
export class RecordedOutcomeInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    return next.handle().pipe(
      map((value: unknown) => {
        if (!(value instanceof Recorded)) return value;
        if (value.replayed) {
          context.switchToHttp().getResponse<Response>().setHeader('Idempotent-Replayed', 'true');
        }
        if (value.outcome.kind === 'declined') throw value.outcome.error;
        return value.outcome.value;
      }),
    );
  }
}
