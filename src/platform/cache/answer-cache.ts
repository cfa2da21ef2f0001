/**
 * Answers kept for a short while, per scope (a municipality's catalogue, one citizen), for reads that are asked for
 * far more often than what they read changes.
 *
 * Freshness: a write in this process forgets the scope's answers once it has committed (tenant-transaction.ts
 * afterCommit), and an answer computed from a read that began before such a write is not kept (the generation it was
 * read at no longer matches). A write by another process is seen when the answers expire.
 */
export class AnswerCache<T> {
  private readonly answers = new Map<string, { generation: number; expiresAt: number; value: T }>();
  private readonly generations = new Map<string, number>();

  constructor(private readonly maxAnswers: number) {}

  /** The scope's generation now; give it back to `keep` so an answer read before a change is not kept. */
  generation(scope: string): number {
    return this.generations.get(scope) ?? 0;
  }

  find(scope: string, key: string, now: number): T | undefined {
    const answer = this.answers.get(`${scope}|${key}`);
    if (!answer || answer.generation !== this.generation(scope) || answer.expiresAt <= now) return undefined;
    return answer.value;
  }

  keep(scope: string, key: string, value: T, readAtGeneration: number, now: number, ttlMs: number): void {
    if (ttlMs <= 0 || readAtGeneration !== this.generation(scope)) return;
    const id = `${scope}|${key}`;
    this.answers.delete(id);
    this.answers.set(id, { generation: readAtGeneration, expiresAt: now + ttlMs, value });
    // A Map keeps insertion order: the first entries are the oldest.
    while (this.answers.size > this.maxAnswers) this.answers.delete(this.answers.keys().next().value!);
  }

  /** After a change within the scope: none of its answers is used again. */
  forget(scope: string): void {
    this.generations.set(scope, this.generation(scope) + 1);
  }
}

/** A key for a question asked with these parameters, whatever their order. */
export function answerKey(parameters: Record<string, unknown>): string {
  return JSON.stringify(Object.keys(parameters).sort().map((key) => [key, parameters[key]]));
}
