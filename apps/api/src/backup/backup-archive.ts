/**
 * The backup file: one gzip stream of length-prefixed frames (a 4-byte big-endian length, then that many
 * bytes), in this order:
 *
 *   header (JSON)                      what the backup holds: format, when, server, snapshot, migrations,
 *                                      and each table with its columns, parents before children
 *   for each table in header order:    its rows in COPY text format, in frames of about 64 KiB,
 *     data frames, then an empty frame  closed by an empty frame
 *   trailer (JSON)                     per table: rows, bytes and the sha256 of its data; the sha256 of
 *                                      the header. Known only once the data has streamed, hence last.
 *
 * Nothing is held whole: a writer streams each table as PostgreSQL sends it, a reader hands each frame on
 * as it arrives. gzip's CRC catches damage anywhere in the file; the sha256s say which table it hit.
 */

export const BACKUP_FORMAT = 'wallet-backup';
export const BACKUP_VERSION = 1;
/** Data frames are cut at about this size; a frame longer than MAX_FRAME_BYTES means a damaged file. */
export const FRAME_TARGET_BYTES = 64 * 1024;
const MAX_FRAME_BYTES = 64 * 1024 * 1024;

export interface BackupHeader {
  format: typeof BACKUP_FORMAT;
  version: number;
  createdAt: string;
  serverVersion: string;
  database: string;
  /** pg_current_snapshot() of the backup's transaction: which database transactions it contains. */
  snapshot: string;
  /** Migrations applied to the backed-up database (prisma/migrations folder names), in order. */
  migrations: { name: string; checksum: string }[];
  /** Every application table, each after the tables its foreign keys point to. */
  tables: { name: string; columns: string[] }[];
}

export interface TableSummary {
  name: string;
  rows: number;
  bytes: number;
  sha256: string;
}

export interface BackupTrailer {
  headerSha256: string;
  tables: TableSummary[];
}

/** A file that is not a backup, or one that was damaged: refuse it, whatever else it says. */
export class BackupFileError extends Error {}

export function frame(payload: Buffer): Buffer[] {
  if (payload.length > MAX_FRAME_BYTES)
    throw new Error(`a backup frame of ${payload.length} bytes is too long`);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(payload.length, 0);
  return payload.length === 0 ? [length] : [length, payload];
}

/** Counts rows in COPY text data: each row ends with a newline (newlines inside values are escaped). */
export function countRows(chunk: Buffer): number {
  let rows = 0;
  for (let at = chunk.indexOf(10); at !== -1; at = chunk.indexOf(10, at + 1)) rows++;
  return rows;
}

/** Reads frames from the decompressed stream, holding at most one frame and one stream chunk. */
export class FrameReader {
  private buffered: Buffer = Buffer.alloc(0);

  constructor(private readonly source: AsyncIterator<Buffer>) {}

  async next(): Promise<Buffer> {
    const length = (await this.take(4)).readUInt32BE(0);
    if (length > MAX_FRAME_BYTES)
      throw new BackupFileError('the backup file is damaged (a frame is too long)');
    return this.take(length);
  }

  /** Frames until the empty one that closes a table. */
  async *untilEmpty(): AsyncGenerator<Buffer> {
    for (let data = await this.next(); data.length > 0; data = await this.next()) yield data;
  }

  async expectEnd(): Promise<void> {
    if (this.buffered.length > 0 || !(await this.source.next()).done) {
      throw new BackupFileError('the backup file has bytes after its end: it is damaged');
    }
  }

  private async take(length: number): Promise<Buffer> {
    const parts = [this.buffered];
    let size = this.buffered.length;
    while (size < length) {
      const read = await this.source.next();
      if (read.done) throw new BackupFileError('the backup file ends early: it is truncated');
      parts.push(read.value);
      size += read.value.length;
    }
    const all = parts.length === 1 ? this.buffered : Buffer.concat(parts, size);
    this.buffered = all.subarray(length);
    return all.subarray(0, length);
  }
}

/** Parses a JSON frame, calling anything unparseable damage. */
export function parseJson(payload: Buffer, what: string): unknown {
  try {
    return JSON.parse(payload.toString('utf8'));
  } catch {
    throw new BackupFileError(`the backup file is damaged (its ${what} is not JSON)`);
  }
}

export function assertHeader(value: unknown): asserts value is BackupHeader {
  const header = value as Partial<BackupHeader> | null;
  if (header?.format !== BACKUP_FORMAT) throw new BackupFileError('this file is not a wallet backup');
  if (header.version !== BACKUP_VERSION) {
    throw new BackupFileError(
      `this backup has format version ${String(header.version)}; this code reads version ${BACKUP_VERSION}`,
    );
  }
  if (!Array.isArray(header.migrations) || !Array.isArray(header.tables)) {
    throw new BackupFileError('the backup file is damaged (its header lists no migrations or tables)');
  }
}

export function assertTrailer(value: unknown): asserts value is BackupTrailer {
  const trailer = value as Partial<BackupTrailer> | null;
  if (typeof trailer?.headerSha256 !== 'string' || !Array.isArray(trailer.tables)) {
    throw new BackupFileError('the backup file is damaged (its closing summary is missing)');
  }
}

/** A PostgreSQL identifier, quoted. */
export function ident(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}
