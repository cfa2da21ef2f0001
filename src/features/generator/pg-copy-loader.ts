import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { BulkLoader } from './bulk-loader.js';
import { copyChunks } from './copy-text.js';

/** About a megabyte a write: large enough that the per-write cost vanishes, small enough for steady progress. */
const CHUNK_BYTES = 1 << 20;

/**
 * COPY FROM STDIN on a connection of its own: the application's pool is reached only through Kysely,
 * which cannot stream COPY data. The stream applies back-pressure, so memory stays flat however many rows.
 */
export async function openPgCopyLoader(databaseUrl: string): Promise<BulkLoader> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  return {
    method: 'COPY FROM STDIN',
    async load(shape, rows, onRows) {
      let loaded = 0;
      const chunks = copyChunks(rows, CHUNK_BYTES, (count) => {
        loaded += count;
        onRows(loaded);
      });
      await pipeline(Readable.from(chunks), client.query(copyFrom(`COPY ${shape.table} (${shape.columns.join(', ')}) FROM STDIN`)));
      return loaded;
    },
    close: () => client.end(),
  };
}
