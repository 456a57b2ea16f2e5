import { Inject, Injectable, OnModuleDestroy } from '@nestjs/common';
import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { PrismaClient } from '../generated/prisma/client';
import { DatabaseAvailability } from './availability';
import { poolConfig } from './pool';

@Injectable()
export class PrismaService extends PrismaClient implements OnModuleDestroy {
  /** The adapter's node-postgres pool, made here so its counts (open, idle, waiting) can be read. */
  readonly pool: pg.Pool;

  constructor(@Inject(APP_CONFIG) config: AppConfig, availability: DatabaseAvailability) {
    // An error of a pooled connection between statements (the server dropped it, or its socket was
    // closed after a timeout): that connection was opened earlier, so after a recovery it says nothing
    // about the server now (a new outage shows in the next connect or statement). Opened "at 0": before
    // any recovery.
    const failed = (error: unknown) => availability.failed(error, 0);
    const pool = new pg.Pool(poolConfig(config, availability));
    super({
      adapter: new PrismaPg(pool, {
        // An idle pooled connection the server dropped (a restart), or one in a transaction that died.
        onPoolError: failed,
        onConnectionError: failed,
        // $disconnect() ends it, as it ends a pool the adapter made itself.
        disposeExternalPool: true,
      }),
    });
    this.pool = pool;
  }

  async onModuleDestroy(): Promise<void> {
    await this.$disconnect();
  }
}
