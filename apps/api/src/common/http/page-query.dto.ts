import { ApiPropertyOptional } from '@nestjs/swagger';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../page';
import { PageCursor, PageLimit } from '../validation';

/** ?limit=&cursor=: one page of a list, oldest or newest first. */
export class PageQuery {
  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: MAX_PAGE_SIZE, default: DEFAULT_PAGE_SIZE })
  @PageLimit()
  limit?: number;

  @ApiPropertyOptional({ type: String, description: 'The nextCursor of the previous page.' })
  @PageCursor()
  cursor?: bigint;
}
