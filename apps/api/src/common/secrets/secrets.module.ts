import { Inject, Injectable, Logger, Module, type OnApplicationBootstrap } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../config/config';
import { PrismaService } from '../../database/prisma.service';
import { secretBoxFor } from './dev-key';
import { resealSecrets } from './reseal';
import type { SecretBox } from './secret-box';

/**
 * This process's SecretBox, made at first use: building the module graph alone (the OpenAPI document at
 * build time) must not make a development key file. The long-running API uses it at start (below), so a
 * bad key file still stops it there.
 */
@Injectable()
export class Secrets {
  private made: SecretBox | undefined;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  box(): SecretBox {
    // A warning in production (where it means a missing setting); in development the key file is the
    // plan, said at info level so `pnpm start` at LOG_LEVEL=warn stays quiet.
    const logger = new Logger('Secrets');
    this.made ??= secretBoxFor(this.config, (line) =>
      this.config.nodeEnv === 'production' ? logger.warn(line) : logger.log(line),
    );
    return this.made;
  }
}

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
    private readonly secrets: Secrets,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.webhookWorkers) return;
    const box = this.secrets.box();
    try {
      const counts = await resealSecrets(
        {
          rows: (sql, params) => this.prisma.$queryRawUnsafe(sql, ...params),
          execute: (sql, params) => this.prisma.$executeRawUnsafe(sql, ...params),
        },
        box,
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
  providers: [Secrets, SealPlaintextAtStart],
  exports: [Secrets],
})
export class SecretsModule {}
