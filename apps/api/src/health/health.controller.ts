import { Controller, Get, HttpCode, Res } from '@nestjs/common';
import { ApiOperation, ApiProperty, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Public } from '../auth/caller';
import { ApiOk, ApiRouteProblems, REQUEST_ID_HEADER } from '../common/http/openapi-decorators';
import { PrismaService } from '../database/prisma.service';
import { ReadReplica } from '../database/read-replica';

/**
 * How long readiness waits for the database. Shorter than any request's bound: a load balancer polling
 * it learns of an outage in this long, whatever state the database is in (down, restarting, frozen).
 */
export const READINESS_TIMEOUT_MS = 2_000;

class HealthStatus {
  @ApiProperty({ enum: ['ok', 'unavailable'] }) status!: 'ok' | 'unavailable';
}

class ReplicaStatus {
  @ApiProperty({
    enum: ['ok', 'lagging', 'unavailable'],
    description:
      'ok: reads that may lag go to the replica; lagging (behind by more than REPLICA_MAX_LAG_MS) or unavailable: they go to the primary.',
  })
  state!: 'ok' | 'lagging' | 'unavailable';
  @ApiProperty({
    type: 'integer',
    nullable: true,
    description: 'How far behind the primary the replica is, in milliseconds (null while it is away).',
  })
  lagMs!: number | null;
}

class ReadinessStatus extends HealthStatus {
  @ApiProperty({
    type: ReplicaStatus,
    required: false,
    description:
      'The read replica, when DATABASE_REPLICA_URL is set. Its absence never makes the process unready.',
  })
  replica?: ReplicaStatus;
}

@ApiTags('Operations')
@Public()
@Controller('api/health')
export class HealthController {
  constructor(
    private readonly prisma: PrismaService,
    private readonly replica: ReadReplica,
  ) {}

  @Get('live')
  @HttpCode(200)
  @ApiOperation({ operationId: 'checkHealth', summary: 'The process is up', security: [] })
  @ApiOk(200, HealthStatus, 'Up.')
  @ApiRouteProblems('public', 'VALIDATION_FAILED', 'PAYLOAD_TOO_LARGE')
  live(): { status: 'ok' } {
    return { status: 'ok' };
  }

  @Get('ready')
  @ApiOperation({
    operationId: 'checkReadiness',
    summary: 'The process can serve: its database answers within 2 s (503 otherwise)',
    security: [],
  })
  @ApiOk(200, ReadinessStatus, 'Ready: the database answers.')
  @ApiResponse({
    status: 503,
    description: 'Not ready: the database did not answer within 2 s.',
    headers: REQUEST_ID_HEADER,
    type: ReadinessStatus,
  })
  @ApiRouteProblems('public', 'VALIDATION_FAILED', 'PAYLOAD_TOO_LARGE')
  async ready(@Res({ passthrough: true }) response: Response): Promise<ReadinessStatus> {
    const { state, lagMs } = this.replica;
    const replica = state === 'none' ? {} : { replica: { state, lagMs } };
    if (await answersWithin(this.prisma.$queryRaw`SELECT 1`, READINESS_TIMEOUT_MS))
      return { status: 'ok', ...replica };
    response.status(503);
    return { status: 'unavailable', ...replica };
  }
}

/** Whether `query` succeeds within `timeoutMs`; a late query is left to its own client-side timeout. */
async function answersWithin(query: PromiseLike<unknown>, timeoutMs: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<boolean>((resolve) => {
    timer = setTimeout(() => resolve(false), timeoutMs);
  });
  const answered = Promise.resolve(query).then(
    () => true,
    () => false,
  );
  try {
    return await Promise.race([answered, late]);
  } finally {
    clearTimeout(timer);
  }
}
