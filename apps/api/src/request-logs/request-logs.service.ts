import { Injectable } from '@nestjs/common';
import type { Caller } from '../auth/caller';
import { pageSize, toPage } from '../common/page';
import { PrismaService } from '../database/prisma.service';
import type { RequestLogPage, RequestLogQuery, RequestLogView } from './request-logs.dto';
import { RequestLogKeyNotFoundError } from './request-logs.errors';
import { type RequestLogFilter, type RequestLogRow, RequestLogsRepository } from './request-logs.repository';

@Injectable()
export class RequestLogsService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly repository: RequestLogsRepository,
  ) {}

  /**
   * The caller's own requests, newest first. A signed-in user sees those of all their keys (or of one,
   * `keyId`); an API key sees only its own: naming another key answers 404, as a key that is not the
   * user's does.
   */
  async list(caller: Caller, query: RequestLogQuery): Promise<RequestLogPage> {
    const apiKeyId = await this.keyOf(caller, query.keyId);
    const filter: RequestLogFilter = {
      userId: caller.userId,
      ...(apiKeyId ? { apiKeyId } : {}),
      ...(query.status ? { status: statusRange(query.status) } : {}),
      ...(query.route ? { route: query.route } : {}),
    };
    const limit = pageSize(query.limit);
    const rows = await this.repository.list(this.prisma, filter, { before: query.cursor, take: limit + 1 });
    return toPage(rows, limit, toView);
  }

  private async keyOf(caller: Caller, keyId: string | undefined): Promise<string | undefined> {
    if (caller.via === 'api-key') {
      if (keyId !== undefined && keyId !== caller.apiKeyId) throw new RequestLogKeyNotFoundError(keyId);
      return caller.apiKeyId;
    }
    if (keyId !== undefined && !(await this.repository.isUsersKey(this.prisma, caller.userId, keyId))) {
      throw new RequestLogKeyNotFoundError(keyId);
    }
    return keyId;
  }
}

/** `422` is itself; `4xx` is 400 to 499. (The query class has checked the form.) */
export function statusRange(status: string): { from: number; to: number } {
  if (status.endsWith('xx')) {
    const from = Number(status[0]) * 100;
    return { from, to: from + 99 };
  }
  return { from: Number(status), to: Number(status) };
}

function toView(row: RequestLogRow): RequestLogView {
  return {
    id: row.id.toString(),
    apiKeyId: row.apiKeyId,
    at: row.at.toISOString(),
    method: row.method,
    route: row.route,
    status: row.status,
    durationMs: row.durationMs,
    requestId: row.requestId,
    idempotencyKey: row.idempotencyKey,
    problemCode: row.problemCode,
  };
}
