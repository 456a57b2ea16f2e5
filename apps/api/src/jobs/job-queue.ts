import { Global, Injectable, Module } from '@nestjs/common';
import type { Db } from '../database/db';

/**
 * PLACEHOLDER until the durable job queue lands on main (commit "Jobs: ..."): the same interface, so the
 * holds compile against it; replaced by main's file at the merge.
 */
@Injectable()
export class JobQueue {
  async send(
    _tx: Db,
    _queue: string,
    _jobs: { data: object; startAfter?: Date; singletonKey?: string }[],
  ): Promise<void> {}

  work<T>(_queue: string, _handler: (data: T) => Promise<void>): void {}
}

@Global()
@Module({ providers: [JobQueue], exports: [JobQueue] })
export class JobsModule {}
