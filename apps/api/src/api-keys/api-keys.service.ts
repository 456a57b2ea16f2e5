import { Injectable } from '@nestjs/common';
import { CredentialCache } from '../auth/credential-cache';
import { randomToken, sha256 } from '../auth/secrets';
import { PrismaService } from '../database/prisma.service';
import { UnitOfWork } from '../database/unit-of-work';
import type { ApiKey, ApiKeyList, CreatedApiKey } from './api-keys.dto';
import { type CreateApiKeyInput, toApiKeyView } from './api-keys.dto';
import { ApiKeyNotFoundError, TooManyApiKeysError } from './api-keys.errors';
import { ApiKeysRepository, MAX_KEYS_PER_USER } from './api-keys.repository';

const KEY_PREFIX = 'wk_';

@Injectable()
export class ApiKeysService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly keys: ApiKeysRepository,
    private readonly unitOfWork: UnitOfWork,
    private readonly credentials: CredentialCache,
  ) {}

  /** Makes a key; its secret is in this answer and nowhere else ever again. */
  async create(userId: string, input: CreateApiKeyInput): Promise<CreatedApiKey> {
    if ((await this.keys.countLive(this.prisma, userId)) >= MAX_KEYS_PER_USER)
      throw new TooManyApiKeysError();
    const secret = `${KEY_PREFIX}${randomToken()}`;
    const row = await this.keys.create(this.prisma, {
      userId,
      name: input.name,
      prefix: secret.slice(0, 10),
      secretHash: sha256(secret),
      scopes: input.scopes,
    });
    return { ...toApiKeyView(row), key: secret };
  }

  async list(userId: string): Promise<ApiKeyList> {
    return { data: (await this.keys.listForUser(this.prisma, userId)).map(toApiKeyView) };
  }

  /** Revokes the key on every process: the revocation and its announcement commit together. */
  async revoke(userId: string, id: string): Promise<ApiKey> {
    const row = await this.unitOfWork.run(async (tx) => {
      const revoked = await this.keys.revoke(tx, userId, id);
      if (revoked) await this.credentials.announceRevocation(tx, userId);
      return revoked;
    });
    if (!row) throw new ApiKeyNotFoundError(id);
    return toApiKeyView(row);
  }
}
