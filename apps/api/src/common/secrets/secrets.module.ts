import { Inject, Injectable, Logger, Module, type OnApplicationBootstrap } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../config/config';
import { PrismaService } from '../../database/prisma.service';
import { secretBoxFor } from './dev-key';
import { resealSecrets } from './reseal';
import { SecretBox } from './secret-box';

/**
 * At start, seals the stored secrets still in plaintext (rows written before encryption at rest): only
 * those, so a start stays cheap; re-encrypting under a new key is `pnpm secrets:rotate`'s work. Only in
 * the long-running API (not the serverless function, frozen between requests). Every worker may run it
 * at once: each row is updated only if it still holds the plaintext read.
 */
@Injectable()
export class SealPlaintextAtStart implements OnApplicationBootstrap {
  private readonly logger = new Logger('Secrets');

  constructor(
    private readonly prisma: PrismaService,
    private readonly box: SecretBox,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.webhookWorkers) return;
    try {
      const counts = await resealSecrets(
        {
          rows: (sql, params) => this.prisma.$queryRawUnsafe(sql, ...params),
          execute: (sql, params) => this.prisma.$executeRawUnsafe(sql, ...params),
        },
        this.box,
        { onlyPlaintext: true },
      );
      if (counts.encrypted > 0)
        this.logger.log(`encrypted ${counts.encrypted} stored secrets kept in plaintext`);
    } catch (error) {
      // Plaintext rows are still read as they are: a failed pass must not stop the API from starting.
      const reason = error instanceof Error ? error.message : String(error);
      this.logger.warn(
        `could not encrypt the secrets kept in plaintext (the next start or secrets:rotate will): ${reason}`,
      );
    }
  }
}

/** Encryption of secrets stored in the database (AES-256-GCM under a key from the environment). */
@Module({
  providers: [
    {
      provide: SecretBox,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => secretBoxFor(config, (line) => new Logger('Secrets').warn(line)),
    },
    SealPlaintextAtStart,
  ],
  exports: [SecretBox],
})
export class SecretsModule {}
