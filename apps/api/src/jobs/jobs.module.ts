import { Global, Module } from '@nestjs/common';
import { JobQueue } from './job-queue';
import { SweeperDeps } from './job-sweeper';

/** Durable jobs at a time (JobQueue), for any module: a hold's expiry, a scheduled transfer; what their sweepers need. */
@Global()
@Module({ providers: [JobQueue, SweeperDeps], exports: [JobQueue, SweeperDeps] })
export class JobsModule {}
