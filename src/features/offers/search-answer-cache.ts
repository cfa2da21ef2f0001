/**
 * Answers of the public offer search, kept for a short while: the catalogue is public, changes seldom and is searched
 * with the same few words again and again, so an answer is worth keeping for seconds instead of running the full-text
 * search with its facets each time. An answer is kept as the JSON that was sent, per municipality.
 *
 * Freshness: every write to an offer in this process forgets the municipality's answers once it has committed
 * (tenant-transaction.ts afterCommit), and an answer computed from a read that began before such a write is not kept.
 * Another process (an import from the command line, a second server) is seen when the answers expire.
 */
export class SearchAnswerCache {
  private readonly answers = new Map<string, { generation: number; expiresAt: number; body: string }>();
  private readonly generations = new Map<string, number>();

  constructor(private readonly maxAnswers: number) {}

  /** The municipality's generation now; give it back to `keep` so an answer read before a change is not kept. */
  generation(tenantId: string): number {
    return this.generations.get(tenantId) ?? 0;
  }

  find(tenantId: string, key: string, now: number): string | undefined {
    const answer = this.answers.get(`${tenantId}|${key}`);
    if (!answer || answer.generation !== this.generation(tenantId) || answer.expiresAt <= now) return undefined;
    return answer.body;
  }

  keep(tenantId: string, key: string, body: string, readAtGeneration: number, now: number, ttlMs: number): void {
    if (ttlMs <= 0 || readAtGeneration !== this.generation(tenantId)) return;
    const id = `${tenantId}|${key}`;
    this.answers.delete(id);
    this.answers.set(id, { generation: readAtGeneration, expiresAt: now + ttlMs, body });
    // A Map keeps insertion order: the first entries are the oldest.
    while (this.answers.size > this.maxAnswers) this.answers.delete(this.answers.keys().next().value!);
  }

  /** After a change to the municipality's catalogue: none of its answers is used again. */
  forget(tenantId: string): void {
    this.generations.set(tenantId, this.generation(tenantId) + 1);
  }
}

/** One per process: the offer owners' use cases forget, the search route finds and keeps. */
export const offerSearchAnswers = new SearchAnswerCache(2_000);

/** The key of a search: its parsed parameters in a fixed order, so the same search in another order is the same. */
export function searchKey(query: Record<string, unknown>): string {
  return JSON.stringify(Object.keys(query).sort().map((key) => [key, query[key]]));
}
