import { ApiProperty } from '@nestjs/swagger';
import { DateTime } from '../common/http/openapi-decorators';

const MODES = ['full', 'incremental'] as const;

/** The latest check of the books, as kept in ledger_checks (by the schedule, `pnpm books:check` or an admin). */
export class BooksCheckRecord {
  @DateTime() finishedAt!: string;
  @ApiProperty({ enum: MODES }) mode!: (typeof MODES)[number];
  @ApiProperty({ description: 'Wallets it read (an incremental check reads only those that moved).' })
  walletsChecked!: number;
  @ApiProperty({ description: 'Ledger rows it read in detail.' }) rowsChecked!: number;
  @ApiProperty({ description: 'How many problems it found: 0 when the books balance.' })
  discrepancies!: number;
  @ApiProperty({ description: 'True when it found nothing wrong.' }) ok!: boolean;
  @ApiProperty({
    type: String,
    nullable: true,
    description: "The ledger digest it took ('<seq>:<sha256 hex>'): keep it outside the database.",
  })
  digest!: string | null;
}

export class LatestBooksCheckResult {
  @ApiProperty({ type: BooksCheckRecord, nullable: true, description: 'Null before the first check.' })
  latest!: BooksCheckRecord | null;
}

export class BooksDiscrepancy {
  @ApiProperty({
    example: 'BALANCE_NOT_SUM',
    description: 'What is wrong (docs/operations.md lists the kinds).',
  })
  kind!: string;
  @ApiProperty({ type: String, nullable: true, format: 'uuid' }) walletId!: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'uuid' }) transactionId!: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'uuid' }) transferId!: string | null;
  @ApiProperty() detail!: string;
}

/** What a check run now found. */
export class BooksCheckSummary {
  @ApiProperty({ enum: MODES }) mode!: (typeof MODES)[number];
  @DateTime() startedAt!: string;
  @ApiProperty() durationMs!: number;
  @ApiProperty() walletsChecked!: number;
  @ApiProperty() rowsChecked!: number;
  @ApiProperty({ description: 'Ledger rows whose hash was recomputed (every row).' }) rowsHashed!: number;
  @ApiProperty() discrepancies!: number;
  @ApiProperty({ description: 'True when the list of problems was cut short.' }) truncated!: boolean;
  @ApiProperty() ok!: boolean;
  @ApiProperty({ type: String, nullable: true }) digest!: string | null;
  @ApiProperty({ type: [BooksDiscrepancy], description: 'The first 20 problems found.' })
  found!: BooksDiscrepancy[];
}
