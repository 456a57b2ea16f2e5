import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import type { Response } from 'express';
import { map, type Observable } from 'rxjs';
import { ApiResult } from '../idempotency/idempotency.service';

/** Unwraps an ApiResult into its body, marking replays with `Idempotent-Replayed: true`. */
@Injectable()
export class ApiResultInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    return next.handle().pipe(
      map((value: unknown) => {
        if (!(value instanceof ApiResult)) return value;
        if (value.replayed)
          context.switchToHttp().getResponse<Response>().setHeader('Idempotent-Replayed', 'true');
        return value.body;
      }),
    );
  }
}
