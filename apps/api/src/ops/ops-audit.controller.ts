import { Readable } from 'node:stream';
import { Controller, Get, Query, StreamableFile } from '@nestjs/common';
import { ApiCookieAuth, ApiOperation, ApiProduces, ApiResponse, ApiTags } from '@nestjs/swagger';
import { AuditEventPage, type AuditEventView, AuditExportQuery, AuditQuery } from '../audit/audit.dto';
import { AuditRepository, toAuditEventView } from '../audit/audit.repository';
import { ApiOk, ApiRouteProblems, REQUEST_ID_HEADER } from '../common/http/openapi-decorators';
import { pageSize, toPage } from '../common/page';
import { PrismaService } from '../database/prisma.service';
import { csvLine, text as spreadsheetText } from '../statements/statement-csv';
import { ANY_STAFF, Staff } from './staff';

const EXPORT_BATCH = 500;

const CSV_COLUMNS: (keyof AuditEventView)[] = [
  'seq',
  'id',
  'occurredAt',
  'action',
  'actorId',
  'actorEmail',
  'actorLabel',
  'actorRole',
  'subjectType',
  'subjectId',
  'userId',
  'address',
  'requestId',
  'before',
  'after',
  'hash',
];

@ApiTags('Operators')
@ApiCookieAuth()
@Staff(...ANY_STAFF)
@Controller('api/v1/ops/audit')
export class OpsAuditController {
  constructor(
    private readonly prisma: PrismaService,
    private readonly audit: AuditRepository,
  ) {}

  @Get()
  @ApiOperation({
    operationId: 'searchAuditTrail',
    summary: 'Search the audit trail, newest first (staff)',
    description: 'Every filter is optional; they combine.',
  })
  @ApiOk(200, AuditEventPage, 'One page of entries.')
  @ApiRouteProblems('signed-in', 'FORBIDDEN', 'NOT_FOUND', 'VALIDATION_FAILED')
  async search(@Query() query: AuditQuery): Promise<AuditEventPage> {
    const limit = pageSize(query.limit);
    const rows = await this.audit.search(this.prisma, query, { before: query.cursor, take: limit + 1 });
    return toPage(rows, limit, toAuditEventView);
  }

  @Get('export')
  @ApiOperation({
    operationId: 'exportAuditTrail',
    summary: 'Export the audit trail as CSV or JSON lines, oldest first (staff)',
    description:
      'The same filters as the search; every matching entry, streamed, with its hash, so the chain can be checked outside.',
  })
  @ApiProduces('text/csv', 'application/x-ndjson')
  @ApiResponse({
    status: 200,
    description: 'Every matching entry, oldest first: CSV with a header row, or one JSON object per line.',
    headers: REQUEST_ID_HEADER,
    content: {
      'text/csv': { schema: { type: 'string' } },
      'application/x-ndjson': { schema: { type: 'string' } },
    },
  })
  @ApiRouteProblems('signed-in', 'FORBIDDEN', 'NOT_FOUND', 'VALIDATION_FAILED')
  exportTrail(@Query() query: AuditExportQuery): StreamableFile {
    const format = query.format ?? 'csv';
    const { limit: _limit, cursor: _cursor, format: _format, ...filter } = query;
    const prisma = this.prisma;
    const audit = this.audit;
    async function* lines(): AsyncGenerator<string> {
      if (format === 'csv') yield csvLine(CSV_COLUMNS);
      let after: bigint | undefined;
      for (;;) {
        const rows = await audit.searchOldestFirst(prisma, filter, { after, take: EXPORT_BATCH });
        for (const row of rows) {
          const view = toAuditEventView(row);
          yield format === 'csv'
            ? csvLine(CSV_COLUMNS.map((column) => cell(view[column])))
            : `${JSON.stringify(view)}\n`;
        }
        const last = rows[rows.length - 1];
        if (!last || rows.length < EXPORT_BATCH) return;
        after = last.seq;
      }
    }
    return new StreamableFile(Readable.from(lines(), { objectMode: false }), {
      type: format === 'csv' ? 'text/csv; charset=utf-8' : 'application/x-ndjson; charset=utf-8',
      disposition: `attachment; filename="audit-trail.${format === 'csv' ? 'csv' : 'jsonl'}"`,
    });
  }
}

function cell(value: unknown): string {
  if (value === null || value === undefined) return '';
  return spreadsheetText(typeof value === 'string' ? value : JSON.stringify(value));
}
