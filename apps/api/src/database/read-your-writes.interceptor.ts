import type { CallHandler, ExecutionContext, NestInterceptor } from '@nestjs/common';
import type { Request } from 'express';
import { finalize, type Observable } from 'rxjs';
import type { RequestWithCaller } from '../auth/caller';
import type { ReadReplica } from './read-replica';

const READ_ONLY_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Tells the read replica router that the caller may have just written: when a request that can write
 * ends (whatever its answer: a timeout may still have committed), before its answer is sent. The
 * caller's next reads go to the primary until the replica has replayed past this moment.
 */
export class ReadYourWritesInterceptor implements NestInterceptor {
  constructor(private readonly reads: ReadReplica) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<Request & RequestWithCaller>();
    if (!this.reads.configured || READ_ONLY_METHODS.has(request.method)) return next.handle();
    return next.handle().pipe(
      finalize(() => {
        if (request.caller) this.reads.noteWrite(request.caller.userId);
      }),
    );
  }
}
