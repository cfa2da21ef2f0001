import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';

export interface Municipality {
  id: string;
  slug: string;
  name: string;
}

/** How long the list of municipalities is trusted; it changes when an operator adds one. */
const FRESH_FOR_MS = 60_000;

/**
 * The municipalities of this installation, for requests that come without a session (the public catalogue, the
 * HSDS API, calendar feeds) and so must be told or guess which municipality they are about. Read on the owner
 * connection: the list is not tenant data (decision 0002), and a handful of rows is kept in memory.
 */
export class TenantDirectory {
  private loadedAt = 0;
  private bySlug = new Map<string, Municipality>();
  private byId = new Map<string, Municipality>();
  private oldest: Municipality | undefined;

  constructor(
    private readonly db: Kysely<Database>,
    /** The configured default (MESTRING_DEFAULT_MUNICIPALITY); otherwise the oldest municipality. */
    private readonly defaultSlug: string | undefined,
    private readonly clock: () => number = Date.now,
  ) {}

  /** The municipality asked for by slug or id, else the default; undefined when a named one does not exist. */
  async resolve(request: { slug?: string | undefined; id?: string | undefined }): Promise<Municipality | undefined> {
    await this.refresh(false);
    let found = this.lookup(request);
    if (found === undefined && (request.slug || request.id)) {
      // A municipality created since the last read: look once more before saying it does not exist.
      await this.refresh(true);
      found = this.lookup(request);
    }
    return found;
  }

  private lookup(request: { slug?: string | undefined; id?: string | undefined }): Municipality | undefined {
    if (request.slug) return this.bySlug.get(request.slug);
    if (request.id) return this.byId.get(request.id);
    return (this.defaultSlug ? this.bySlug.get(this.defaultSlug) : undefined) ?? this.oldest;
  }

  private async refresh(force: boolean): Promise<void> {
    const now = this.clock();
    if (!force && now - this.loadedAt < FRESH_FOR_MS) return;
    // A forced re-read still waits a second between reads, so unknown slugs cannot hammer the database.
    if (force && now - this.loadedAt < 1_000) return;
    const rows = await this.db.selectFrom('tenant').select(['tenant_id', 'slug', 'name']).orderBy('created_at').orderBy('slug').execute();
    const all = rows.map((r) => ({ id: r.tenant_id, slug: r.slug, name: r.name }));
    this.bySlug = new Map(all.map((m) => [m.slug, m]));
    this.byId = new Map(all.map((m) => [m.id, m]));
    this.oldest = all[0];
    this.loadedAt = now;
  }
}
