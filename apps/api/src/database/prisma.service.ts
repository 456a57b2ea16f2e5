import { Inject, Injectable, OnModuleDestroy } from '@nestjs/common';
import { PrismaPg } from '@prisma/adapter-pg';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { PrismaClient } from '../generated/prisma/client';
import { DatabaseAvailability } from './availability';
import { poolConfig } from './pool';

@Injectable()
export class PrismaService extends PrismaClient implements OnModuleDestroy {
  constructor(@Inject(APP_CONFIG) config: AppConfig, availability: DatabaseAvailability) {
    const failed = (error: unknown) => availability.failed(error);
    super({
      adapter: new PrismaPg(poolConfig(config, availability), {
        // An idle pooled connection the server dropped (a restart), or one in a transaction that died.
        onPoolError: failed,
        onConnectionError: failed,
      }),
    });
  }

  async onModuleDestroy(): Promise<void> {
    await this.$disconnect();
  }
}
