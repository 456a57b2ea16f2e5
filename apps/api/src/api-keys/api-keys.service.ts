import { Injectable } from '@nestjs/common';
import { AuditService } from '../audit/audit.service';
import type { RequestContext } from '../audit/request-context';
import { CredentialCache } from '../auth/credential-cache';
import { modeOf } from '../auth/mode';
import { randomToken, sha256 } from '../auth/secrets';
import { PrismaService } from '../database/prisma.service';
import { UnitOfWork } from '../database/unit-of-work';
import { CURRENT_API_VERSION } from '../versions/versions';
import type {
  ApiKey,
  ApiKeyList,
  ApiKeyRow,
  CreatedApiKey,
  RotateApiKeyRequest,
  RotatedApiKey,
} from './api-keys.dto';
import { type CreateApiKeyInput, DEFAULT_OVERLAP_HOURS, toApiKeyView } from './api-keys.dto';
import { ApiKeyNotActiveError, ApiKeyNotFoundError, TooManyApiKeysError } from './api-keys.errors';
import { ApiKeysRepository, MAX_KEYS_PER_USER } from './api-keys.repository';

const KEY_PREFIX = 'wk_';
/** A test key's secret says so at a glance (and to secret scanners). */
const TEST_KEY_PREFIX = 'wk_test_';
/** How much of the random part the stored prefix keeps, to recognise a key by. */
const SHOWN_CHARACTERS = 7;
const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

@Injectable()
export class ApiKeysService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly keys: ApiKeysRepository,
    private readonly unitOfWork: UnitOfWork,
    private readonly credentials: CredentialCache,
    private readonly audit: AuditService,
  ) {}

  /** Makes a key, pinned to the current API version; its secret is in this answer and nowhere else ever again. */
  async create(userId: string, input: CreateApiKeyInput, context: RequestContext): Promise<CreatedApiKey> {
    if ((await this.keys.countLive(this.prisma, userId)) >= MAX_KEYS_PER_USER)
      throw new TooManyApiKeysError();
    const livemode = input.mode !== 'test';
    const { secret, prefix: shown } = newSecret(livemode);
    const expiresAt = input.expiresInDays ? new Date(Date.now() + input.expiresInDays * DAY_MS) : null;
    const row = await this.unitOfWork.run(async (tx) => {
      const created = await this.keys.create(tx, {
        userId,
        name: input.name,
        prefix: shown,
        secretHash: sha256(secret),
        scopes: input.scopes,
        livemode,
        apiVersion: CURRENT_API_VERSION,
        expiresAt,
      });
      const { name, prefix, scopes, apiVersion } = created;
      await this.audit.record(
        keyEntry(userId, created.id, 'api_key.created', context, {
          name,
          prefix,
          scopes,
          mode: modeOf(livemode),
          apiVersion,
          expiresAt: created.expiresAt,
        }),
        tx,
      );
      return created;
    });
    return { ...toApiKeyView(row), key: secret };
  }

  /**
   * Replaces a key with a new secret of the same name, scopes and version pin (and the same lifetime
   * from now, when the old one had an expiry). The old key keeps working for `overlapHours`, never
   * past its own expiry, then stops (0: at once); every process forgets it now, so its new end holds
   * everywhere. A revoked, expired or already rotated key cannot be rotated (409 API_KEY_NOT_ACTIVE).
   */
  async rotate(
    userId: string,
    id: string,
    input: RotateApiKeyRequest,
    context: RequestContext,
  ): Promise<RotatedApiKey> {
    const overlapMs = (input.overlapHours ?? DEFAULT_OVERLAP_HOURS) * HOUR_MS;
    const { newRow, oldRow, secret } = await this.unitOfWork.run(async (tx) => {
      const old = await this.keys.lockForUser(tx, userId, id);
      if (!old) throw new ApiKeyNotFoundError(id);
      const now = new Date();
      refuseRotation(old, now);
      if ((await this.keys.countLive(tx, userId)) >= MAX_KEYS_PER_USER) throw new TooManyApiKeysError();
      const lifetimeMs = old.expiresAt && old.expiresAt.getTime() - old.createdAt.getTime();
      // The new key is of the old one's mode (a test key's successor is a test key).
      const { secret, prefix } = newSecret(old.livemode);
      const newRow = await this.keys.create(tx, {
        userId,
        name: old.name,
        prefix,
        secretHash: sha256(secret),
        scopes: old.scopes,
        livemode: old.livemode,
        apiVersion: old.apiVersion,
        expiresAt: lifetimeMs ? new Date(now.getTime() + lifetimeMs) : null,
      });
      const end = new Date(
        Math.min(now.getTime() + overlapMs, old.expiresAt?.getTime() ?? Number.POSITIVE_INFINITY),
      );
      const oldRow = await this.keys.retire(tx, id, newRow.id, end);
      // Every process forgets the keys it remembers, so none trusts the old key past its new end.
      await this.credentials.announceRevocation(tx, userId);
      const { name, scopes, apiVersion } = newRow;
      await this.audit.record(
        keyEntry(userId, newRow.id, 'api_key.created', context, {
          name,
          prefix: newRow.prefix,
          scopes,
          mode: modeOf(newRow.livemode),
          apiVersion,
          expiresAt: newRow.expiresAt,
          rotatedFrom: id,
        }),
        tx,
      );
      await this.audit.record(
        {
          ...keyEntry(userId, id, 'api_key.rotated', context, {
            rotatedTo: newRow.id,
            expiresAt: oldRow.expiresAt,
          }),
          before: { expiresAt: old.expiresAt },
        },
        tx,
      );
      return { newRow, oldRow, secret };
    });
    return { newKey: { ...toApiKeyView(newRow), key: secret }, oldKey: toApiKeyView(oldRow) };
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

/** A new key's secret (wk_... live, wk_test_... test) and the prefix kept to recognise it by. */
function newSecret(livemode: boolean): { secret: string; prefix: string } {
  const start = livemode ? KEY_PREFIX : TEST_KEY_PREFIX;
  const secret = `${start}${randomToken()}`;
  return { secret, prefix: secret.slice(0, start.length + SHOWN_CHARACTERS) };
}

/** Only a key still in use is rotated: one revoked, expired or replaced already is refused, nothing changed. */
function refuseRotation(key: ApiKeyRow, now: Date): void {
  if (key.revokedAt) throw new ApiKeyNotActiveError(key.id, 'was revoked');
  if (key.rotatedTo) throw new ApiKeyNotActiveError(key.id, `was rotated already (into ${key.rotatedTo})`);
  if (key.expiresAt && key.expiresAt <= now) throw new ApiKeyNotActiveError(key.id, 'has expired');
}

function keyEntry(userId: string, keyId: string, action: string, context: RequestContext, after: object) {
  return { action, actorId: userId, userId, subjectType: 'api_key', subjectId: keyId, after, context };
}
