import { createHash, createHmac, timingSafeEqual } from 'node:crypto';

/**
 * The per-tenant audit hash chain (ARCHITECTURE §4 Trust). Each sealed entry's hash commits to the
 * previous one, so changing, removing, reordering or inserting an entry breaks every later hash.
 * Entry hashes are plain SHA-256 that anyone can recompute; what an attacker with database access cannot
 * forge are the HMAC-signed checkpoints of the chain head, so a rewritten chain shows up at a checkpoint.
 * Pure: the caller reads the rows, these functions only compute and compare.
 */

/** The hash an empty chain starts from. */
export const GENESIS_HASH = '0'.repeat(64);

/** Audit is kept at least this long (ARCHITECTURE §4 Retention); a shorter setting is refused. */
export const MIN_AUDIT_RETENTION_MONTHS = 6;

/** The fields of an audit_event row that the chain commits to. */
export interface AuditChainEntry {
  tenant_id: string;
  seq: number;
  occurred_at: Date;
  actor_user_id: string | null;
  actor_role: string | null;
  actor_unit_id: string | null;
  action: string;
  resource_type: string;
  resource_id: string | null;
  citizen_id: string | null;
  purpose: string;
  outcome: string;
  request_id: string | null;
  details: unknown;
  by_subject?: boolean;
}

export interface ChainSeal {
  tenant_id: string;
  chain_pos: number;
  seq: number;
  entry_hash: string;
}

export interface ChainCheckpoint {
  tenant_id: string;
  chain_pos: number;
  head_hash: string;
  kind: 'seal' | 'retention';
  signature: string;
}

/** A seal with the entry it points at; `entry` is undefined when that row is gone. */
export interface ChainLink {
  seal: ChainSeal;
  entry: AuditChainEntry | undefined;
}

/** Where verification starts: the genesis, or the head of the part retention removed. */
export interface ChainAnchor {
  chainPos: number;
  hash: string;
}

export interface ChainProblem {
  chainPos?: number;
  seq?: number;
  problem: string;
}

export type ChainVerification = { ok: true; checked: number } | { ok: false; firstBad: ChainProblem };

export const GENESIS_ANCHOR: ChainAnchor = { chainPos: 0, hash: GENESIS_HASH };

/** JSON with object keys sorted at every depth, so equal values always give equal text. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map((item) => canonicalJson(item ?? null)).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    const members = Object.keys(record)
      .sort()
      .filter((key) => record[key] !== undefined)
      .map((key) => `${JSON.stringify(key)}:${canonicalJson(record[key])}`);
    return `{${members.join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

export function canonicalEntry(entry: AuditChainEntry): string {
  return canonicalJson({
    tenant_id: entry.tenant_id,
    seq: entry.seq,
    occurred_at: entry.occurred_at.toISOString(),
    actor_user_id: entry.actor_user_id,
    actor_role: entry.actor_role,
    actor_unit_id: entry.actor_unit_id,
    action: entry.action,
    resource_type: entry.resource_type,
    resource_id: entry.resource_id,
    citizen_id: entry.citizen_id,
    purpose: entry.purpose,
    outcome: entry.outcome,
    request_id: entry.request_id,
    details: entry.details,
    // Only when set: hiding an entry from the citizen's own view must break the chain, while entries
    // sealed before the column existed keep their hashes.
    ...(entry.by_subject === true && { by_subject: true }),
  });
}

export function entryHash(prevHash: string, entry: AuditChainEntry): string {
  return createHash('sha256').update(`${prevHash}\n${canonicalEntry(entry)}`).digest('hex');
}

export function signCheckpoint(key: string, checkpoint: Omit<ChainCheckpoint, 'signature'>): string {
  const { tenant_id, chain_pos, head_hash, kind } = checkpoint;
  return createHmac('sha256', key).update(`${tenant_id}|${chain_pos}|${head_hash}|${kind}`).digest('hex');
}

function signatureValid(key: string, checkpoint: ChainCheckpoint): boolean {
  const expected = Buffer.from(signCheckpoint(key, checkpoint), 'utf8');
  const actual = Buffer.from(checkpoint.signature, 'utf8');
  return expected.length === actual.length && timingSafeEqual(expected, actual);
}

/**
 * The remaining chain begins at a retention checkpoint at the lowest checkpointed position (retention
 * deletes every checkpoint below the one it writes); without one, at the genesis.
 */
function chainAnchor(checkpoints: readonly ChainCheckpoint[]): ChainAnchor {
  const lowestPos = checkpoints.reduce((lowest, checkpoint) => Math.min(lowest, checkpoint.chain_pos), Number.POSITIVE_INFINITY);
  const retention = checkpoints.find((checkpoint) => checkpoint.kind === 'retention' && checkpoint.chain_pos === lowestPos);
  return retention ? { chainPos: retention.chain_pos, hash: retention.head_hash } : GENESIS_ANCHOR;
}

/**
 * The date before which audit entries may be removed: `months` calendar months before `now`, with the
 * day clamped to the month's end (31 August minus six months is 28 February, never 3 March).
 */
export function auditRetentionCutoff(now: Date, months: number): Date {
  if (!Number.isInteger(months) || months < MIN_AUDIT_RETENTION_MONTHS) {
    throw new RangeError(`Audit retention must be a whole number of months, at least ${MIN_AUDIT_RETENTION_MONTHS}`);
  }
  const cutoff = new Date(now);
  cutoff.setUTCDate(1);
  cutoff.setUTCMonth(cutoff.getUTCMonth() - months);
  const daysInMonth = new Date(Date.UTC(cutoff.getUTCFullYear(), cutoff.getUTCMonth() + 1, 0)).getUTCDate();
  cutoff.setUTCDate(Math.min(now.getUTCDate(), daysInMonth));
  return cutoff;
}

/**
 * Verifies one tenant's chain fed in chain order and in batches, so a chain of millions of entries
 * never has to be in memory at once. Feed the checkpoints up to a batch's last chain position before
 * that batch's links; call finish() after the last batch with the checkpoints that remain.
 * It stops at the first problem, which is the one worth reporting: everything after it is suspect.
 */
export class ChainVerifier {
  private readonly tenantId: string;
  private readonly key: string;
  private readonly anchor: ChainAnchor;
  private nextPos: number;
  private headHash: string;
  private checked = 0;
  private latestCheckpointPos: number;
  private readonly pendingCheckpoints = new Map<number, ChainCheckpoint[]>();
  private problem: ChainProblem | undefined;

  constructor(options: { tenantId: string; key: string; anchor?: ChainAnchor }) {
    this.tenantId = options.tenantId;
    this.key = options.key;
    this.anchor = options.anchor ?? GENESIS_ANCHOR;
    this.nextPos = this.anchor.chainPos + 1;
    this.headHash = this.anchor.hash;
    this.latestCheckpointPos = this.anchor.chainPos;
  }

  get firstBad(): ChainProblem | undefined {
    return this.problem;
  }

  /** The last verified chain position and its hash. */
  get head(): ChainAnchor {
    return { chainPos: this.nextPos - 1, hash: this.headHash };
  }

  addCheckpoints(checkpoints: Iterable<ChainCheckpoint>): void {
    for (const checkpoint of checkpoints) {
      if (this.problem) return;
      this.addCheckpoint(checkpoint);
    }
  }

  addLinks(links: Iterable<ChainLink>): void {
    for (const link of links) {
      if (this.problem) return;
      this.addLink(link);
    }
  }

  finish(): ChainVerification {
    if (!this.problem) this.checkTail();
    return this.problem ? { ok: false, firstBad: this.problem } : { ok: true, checked: this.checked };
  }

  private addCheckpoint(checkpoint: ChainCheckpoint): void {
    const chainPos = checkpoint.chain_pos;
    if (checkpoint.tenant_id !== this.tenantId) return this.fail({ chainPos, problem: 'checkpoint belongs to another tenant' });
    if (!signatureValid(this.key, checkpoint)) return this.fail({ chainPos, problem: 'checkpoint signature is invalid' });
    this.latestCheckpointPos = Math.max(this.latestCheckpointPos, chainPos);
    // Checkpoints before the anchor describe entries retention removed; their signature is all there is to check.
    if (chainPos < this.anchor.chainPos) return;
    if (chainPos === this.anchor.chainPos) {
      if (checkpoint.head_hash !== this.anchor.hash) this.fail({ chainPos, problem: 'checkpoint does not match the retention anchor' });
      return;
    }
    if (chainPos < this.nextPos) throw new Error(`ChainVerifier: checkpoint at ${chainPos} was fed after the links it covers`);
    const atPosition = this.pendingCheckpoints.get(chainPos) ?? [];
    atPosition.push(checkpoint);
    this.pendingCheckpoints.set(chainPos, atPosition);
  }

  private addLink({ seal, entry }: ChainLink): void {
    const chainPos = seal.chain_pos;
    const seq = seal.seq;
    if (seal.tenant_id !== this.tenantId) return this.fail({ chainPos, seq, problem: 'seal belongs to another tenant' });
    if (chainPos < this.nextPos) return this.fail({ chainPos, seq, problem: 'chain position repeated or out of order' });
    if (chainPos > this.nextPos) {
      return this.fail({ chainPos: this.nextPos, problem: `chain positions ${this.nextPos} to ${chainPos - 1} are missing: sealed entries were removed` });
    }
    if (!entry) return this.fail({ chainPos, seq, problem: 'the sealed entry is missing: it was deleted' });
    if (entry.seq !== seq || entry.tenant_id !== this.tenantId) return this.fail({ chainPos, seq, problem: 'the entry is not the one the seal names' });
    const hash = entryHash(this.headHash, entry);
    if (hash !== seal.entry_hash) return this.fail({ chainPos, seq, problem: 'entry does not match its seal: it was altered, moved or inserted' });
    for (const checkpoint of this.pendingCheckpoints.get(chainPos) ?? []) {
      if (checkpoint.head_hash !== hash) return this.fail({ chainPos, seq, problem: `${checkpoint.kind} checkpoint does not match the chain at this position` });
    }
    this.pendingCheckpoints.delete(chainPos);
    this.headHash = hash;
    this.nextPos += 1;
    this.checked += 1;
  }

  private checkTail(): void {
    const lastPos = this.nextPos - 1;
    const beyond = [...this.pendingCheckpoints.keys()].sort((a, b) => a - b)[0];
    if (beyond !== undefined) {
      return this.fail({ chainPos: beyond, problem: `a checkpoint covers chain position ${beyond} but the chain ends at ${lastPos}: its tail was removed` });
    }
    // The sealer writes a checkpoint in the same transaction as every batch, so an unsigned tail was not sealed by it.
    if (lastPos > this.latestCheckpointPos) {
      this.fail({ chainPos: this.latestCheckpointPos + 1, problem: `chain positions after ${this.latestCheckpointPos} are not covered by a signed checkpoint: entries were appended` });
    }
  }

  private fail(problem: ChainProblem): void {
    this.problem = problem;
  }
}

/** Verifies a whole chain held in memory; the database verifier streams the same checks through ChainVerifier. */
export function verifyChain(input: {
  entries: readonly AuditChainEntry[];
  seals: readonly ChainSeal[];
  checkpoints: readonly ChainCheckpoint[];
  key: string;
}): ChainVerification {
  const tenantId = input.seals[0]?.tenant_id ?? input.checkpoints[0]?.tenant_id;
  if (tenantId === undefined) return { ok: true, checked: 0 };
  const anchor = chainAnchor(input.checkpoints);
  const verifier = new ChainVerifier({ tenantId, key: input.key, anchor });
  verifier.addCheckpoints([...input.checkpoints].sort((a, b) => a.chain_pos - b.chain_pos));
  const entriesBySeq = new Map(input.entries.map((entry) => [entry.seq, entry]));
  const seals = input.seals.filter((seal) => seal.chain_pos > anchor.chainPos).sort((a, b) => a.chain_pos - b.chain_pos);
  verifier.addLinks(seals.map((seal) => ({ seal, entry: entriesBySeq.get(seal.seq) })));
  return verifier.finish();
}
