import { CompiledQuery, type Compilable, type Kysely } from 'kysely';

const STAND_IN = '\u0000template-parameter:';

/** Makes a named stand-in for a value; typed as the value so the builder accepts it. */
export type Param = <T>(name: string) => T;

/**
 * A statement built once with Kysely's builder and run many times with new values. On the hottest paths building
 * the statement (a large tree of nested JSON sub-queries) cost more CPU than PostgreSQL spent running it.
 * The builder gets stand-ins for the values; compiling must turn every stand-in into a parameter — never into the
 * statement's text — or the template refuses to exist. The same text each time also keeps the prepared
 * statement cheap to find (prepared-statements.ts).
 */
export class QueryTemplate<Row> {
  private constructor(
    private readonly sql: string,
    /** Per parameter: the name of a value to fill in, or a constant the builder chose itself. */
    private readonly slots: ReadonlyArray<{ name: string } | { constant: unknown }>,
  ) {}

  static compile<Row>(build: (param: Param) => Compilable<Row>): QueryTemplate<Row> {
    const compiled = build(<T>(name: string) => `${STAND_IN}${name}` as T).compile();
    if (compiled.sql.includes(STAND_IN)) throw new Error('QueryTemplate: a value was written into the statement instead of a parameter');
    const slots = compiled.parameters.map((p) => (typeof p === 'string' && p.startsWith(STAND_IN) ? { name: p.slice(STAND_IN.length) } : { constant: p }));
    return new QueryTemplate<Row>(compiled.sql, slots);
  }

  async execute(db: Kysely<any>, values: Readonly<Record<string, unknown>>): Promise<Row[]> {
    const parameters = this.slots.map((slot) => {
      if ('constant' in slot) return slot.constant;
      if (!(slot.name in values)) throw new Error(`QueryTemplate: no value for ${slot.name}`);
      return values[slot.name];
    });
    const result = await db.executeQuery(CompiledQuery.raw(this.sql, parameters) as CompiledQuery<Row>);
    return result.rows;
  }
}
