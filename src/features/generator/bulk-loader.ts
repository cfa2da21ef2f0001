import type { Row, TableShape } from './bulk-rows.js';

/**
 * Writes many rows into a table as fast as the engine allows: COPY on PostgreSQL, batched INSERTs
 * where COPY cannot be reached. `onRows` is told how many rows have gone in, for progress.
 */
export interface BulkLoader {
  readonly method: string;
  load(shape: TableShape, rows: Iterable<Row>, onRows: (count: number) => void): Promise<number>;
  close(): Promise<void>;
}
