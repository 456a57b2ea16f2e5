import { Controller, Get, HttpCode, Res } from '@nestjs/common';
import { ApiOperation, ApiProperty, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Public } from '../auth/caller';
import { ApiOk, ApiProblems, REQUEST_ID_HEADER } from '../common/http/openapi-decorators';
import { PrismaService } from '../database/prisma.service';

class HealthStatus {
  @ApiProperty({ enum: ['ok', 'unavailable'] }) status!: 'ok' | 'unavailable';
}

@ApiTags('Operations')
@Public()
@Controller('api/health')
export class HealthController {
  constructor(private readonly prisma: PrismaService) {}

  @Get('live')
  @HttpCode(200)
  @ApiOperation({ operationId: 'checkHealth', summary: 'The process is up', security: [] })
  @ApiOk(200, HealthStatus, 'Up.')
  @ApiProblems('VALIDATION_FAILED', 'PAYLOAD_TOO_LARGE')
  live(): { status: 'ok' } {
    return { status: 'ok' };
  }

  @Get('ready')
  @ApiOperation({
    operationId: 'checkReadiness',
    summary: 'The process can serve: its database answers (503 otherwise)',
    security: [],
  })
  @ApiOk(200, HealthStatus, 'Ready: the database answers.')
  @ApiResponse({
    status: 503,
    description: 'Not ready: the database does not answer.',
    headers: REQUEST_ID_HEADER,
    type: HealthStatus,
  })
  @ApiProblems('VALIDATION_FAILED', 'PAYLOAD_TOO_LARGE')
  async ready(@Res({ passthrough: true }) response: Response): Promise<{ status: 'ok' | 'unavailable' }> {
    try {
      await this.prisma.$queryRaw`SELECT 1`;
      return { status: 'ok' };
    } catch {
      response.status(503);
      return { status: 'unavailable' };
    }
  }
}
