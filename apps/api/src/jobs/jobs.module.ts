import { Global, Module } from '@nestjs/common';
import { JobQueue } from './job-queue';

/** Durable jobs at a time (JobQueue), for any module: a hold's expiry, a scheduled transfer. */
@Global()
@Module({ providers: [JobQueue], exports: [JobQueue] })
export class JobsModule {}
