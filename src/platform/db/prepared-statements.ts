import { createHash } from 'node:crypto';
import pg from 'pg';

/**
 * A pg client that turns every parameterised query into a named prepared statement, so PostgreSQL plans it
 * once per connection instead of on every request. The hot paths (session look-up with row-level security,
 * the audit insert) spent more time being planned than executed.
 *
 * Names come from a hash of the SQL text. Each connection remembers its statements for its lifetime, so the
 * number of distinct texts is capped: past the cap, new texts run unnamed as before. Queries without
 * parameters (BEGIN, SET LOCAL, DDL, multi-statement scripts) are never named.
 */
const MAX_NAMED_TEXTS = 2000;
const MAX_TEXT_LENGTH = 8000;
const names = new Map<string, string>();

function statementName(text: string): string | undefined {
  const known = names.get(text);
  if (known) return known;
  if (names.size >= MAX_NAMED_TEXTS || text.length > MAX_TEXT_LENGTH) return undefined;
  const name = `m_${createHash('sha1').update(text).digest('hex').slice(0, 24)}`;
  names.set(text, name);
  return name;
}

export class PreparingClient extends pg.Client {
  override query(...args: unknown[]): any {
    const [text, values] = args;
    if (typeof text === 'string' && Array.isArray(values) && values.length > 0 && args.length === 2) {
      const name = statementName(text);
      if (name) return (super.query as (config: pg.QueryConfig) => Promise<pg.QueryResult>)({ name, text, values });
    }
    return (super.query as (...a: unknown[]) => unknown)(...args);
  }
}
