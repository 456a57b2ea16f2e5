import { Injectable } from '@nestjs/common';
import { AuditService } from '../audit/audit.service';
import type { RequestContext } from '../audit/request-context';
import { CredentialCache } from '../auth/credential-cache';
import { modeOf } from '../auth/mode';
import { randomToken, sha256 } from '../auth/secrets';
import { PrismaService } from '../database/prisma.service';
import { UnitOfWork } from '../database/unit-of-work';
import type { ApiKey, ApiKeyList, CreatedApiKey } from './api-keys.dto';
import { type CreateApiKeyInput, toApiKeyView } from './api-keys.dto';
import { ApiKeyNotFoundError, TooManyApiKeysError } from './api-keys.errors';
import { ApiKeysRepository, MAX_KEYS_PER_USER } from './api-keys.repository';

const KEY_PREFIX = 'wk_';
/** A test key's secret says so at a glance (and to secret scanners). */
const TEST_KEY_PREFIX = 'wk_test_';
/** How much of the random part the stored prefix keeps, to recognise a key by. */
const SHOWN_CHARACTERS = 7;

@Injectable()
export class ApiKeysService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly keys: ApiKeysRepository,
    private readonly unitOfWork: UnitOfWork,
    private readonly credentials: CredentialCache,
    private readonly audit: AuditService,
  ) {}

  /** Makes a key; its secret is in this answer and nowhere else ever again. */
  async create(userId: string, input: CreateApiKeyInput, context: RequestContext): Promise<CreatedApiKey> {
    if ((await this.keys.countLive(this.prisma, userId)) >= MAX_KEYS_PER_USER)
      throw new TooManyApiKeysError();
    const livemode = input.mode !== 'test';
    const start = livemode ? KEY_PREFIX : TEST_KEY_PREFIX;
    const secret = `${start}${randomToken()}`;
    const row = await this.unitOfWork.run(async (tx) => {
      const created = await this.keys.create(tx, {
        userId,
        name: input.name,
        prefix: secret.slice(0, start.length + SHOWN_CHARACTERS),
        secretHash: sha256(secret),
        scopes: input.scopes,
        livemode,
      });
      const { name, prefix, scopes } = created;
      const mode = modeOf(livemode);
      await this.audit.record(
        keyEntry(userId, created.id, 'api_key.created', context, { name, prefix, scopes, mode }),
        tx,
      );
      return created;
    });
    return { ...toApiKeyView(row), key: secret };
  }

  async list(userId: string): Promise<ApiKeyList> {
    return { data: (await this.keys.listForUser(this.prisma, userId)).map(toApiKeyView) };
  }

  /** Revokes the key on every process: the revocation and its announcement commit together. */
  async revoke(userId: string, id: string, context: RequestContext): Promise<ApiKey> {
    const row = await this.unitOfWork.run(async (tx) => {
      const revoked = await this.keys.revoke(tx, userId, id);
      if (revoked) await this.credentials.announceRevocation(tx, userId);
      // Revoking a revoked key answers the same and changes nothing: recorded once, when it happens.
      if (revoked?.revokedNow) {
        const { name, prefix } = revoked.row;
        await this.audit.record(keyEntry(userId, id, 'api_key.revoked', context, { name, prefix }), tx);
      }
      return revoked?.row ?? null;
    });
    if (!row) throw new ApiKeyNotFoundError(id);
    return toApiKeyView(row);
  }
}

function keyEntry(userId: string, keyId: string, action: string, context: RequestContext, after: object) {
  return { action, actorId: userId, userId, subjectType: 'api_key', subjectId: keyId, after, context };
}
