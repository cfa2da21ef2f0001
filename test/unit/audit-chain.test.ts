import assert from 'node:assert/strict';
import { createHash, createHmac } from 'node:crypto';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import {
  ChainVerifier,
  GENESIS_HASH,
  auditRetentionCutoff,
  canonicalEntry,
  entryHash,
  signCheckpoint,
  verifyChain,
  type AuditChainEntry,
  type ChainCheckpoint,
  type ChainSeal,
  type ChainVerification,
} from '../../src/domain/audit-chain.js';

const KEY = 'unit-test-audit-key-0123456789abcdef';
const TENANT = '01900000-0000-7000-8000-000000000001';
const OTHER_TENANT = '01900000-0000-7000-8000-000000000002';

interface Chain {
  entries: AuditChainEntry[];
  seals: ChainSeal[];
  checkpoints: ChainCheckpoint[];
}

function makeEntry(seq: number, overrides: Partial<AuditChainEntry> = {}): AuditChainEntry {
  return {
    tenant_id: TENANT,
    seq,
    occurred_at: new Date(Date.UTC(2026, 0, 1, 12, 0, seq % 60)),
    actor_user_id: '01900000-0000-7000-8000-0000000000aa',
    actor_role: 'case-officer',
    actor_unit_id: null,
    action: 'profile.read',
    resource_type: 'citizen',
    resource_id: `r-${seq}`,
    citizen_id: '01900000-0000-7000-8000-0000000000cc',
    purpose: 'casework',
    outcome: 'allowed',
    request_id: `req-${seq}`,
    details: { reason: 'role-grant' },
    ...overrides,
  };
}

function checkpoint(chainPos: number, headHash: string, kind: ChainCheckpoint['kind'] = 'seal', key = KEY): ChainCheckpoint {
  const unsigned = { tenant_id: TENANT, chain_pos: chainPos, head_hash: headHash, kind };
  return { ...unsigned, signature: signCheckpoint(key, unsigned) };
}

/** Seals entries in the given order, as the sealer does, with a checkpoint every `every` positions and at the head. */
function sealChain(entries: AuditChainEntry[], every: number): Chain {
  let hash = GENESIS_HASH;
  const seals = entries.map((entry, index) => {
    hash = entryHash(hash, entry);
    return { tenant_id: TENANT, chain_pos: index + 1, seq: entry.seq, entry_hash: hash };
  });
  const checkpoints = seals.filter((seal) => seal.chain_pos % every === 0 || seal.chain_pos === seals.length).map((seal) => checkpoint(seal.chain_pos, seal.entry_hash));
  return { entries, seals, checkpoints };
}

/** What an attacker without the key can do: recompute every seal hash after changing the entries. */
function rechain(entries: AuditChainEntry[], checkpoints: ChainCheckpoint[]): Chain {
  return { ...sealChain(entries, Number.MAX_SAFE_INTEGER), checkpoints };
}

function verify(chain: Chain, key = KEY): ChainVerification {
  return verifyChain({ ...chain, key });
}

function firstBadPos(result: ChainVerification): number | undefined {
  assert.equal(result.ok, false, 'tampering went undetected');
  return result.ok ? undefined : result.firstBad.chainPos;
}

describe('canonical entry and hashes', () => {
  test('orders keys at every depth and keeps array order', () => {
    const a = makeEntry(1, { details: { b: 1, a: { d: [3, 1], c: null } } });
    const b = makeEntry(1, { details: { a: { c: null, d: [3, 1] }, b: 1 } });
    assert.equal(canonicalEntry(a), canonicalEntry(b));
    assert.match(canonicalEntry(a), /"details":\{"a":\{"c":null,"d":\[3,1\]\},"b":1\}/);
  });

  test('writes the time as an ISO string and every field, null included', () => {
    const text = canonicalEntry(makeEntry(7, { occurred_at: new Date('2026-03-01T08:09:10.123Z'), actor_unit_id: null }));
    const parsed = JSON.parse(text) as Record<string, unknown>;
    assert.equal(parsed.occurred_at, '2026-03-01T08:09:10.123Z');
    assert.equal(parsed.actor_unit_id, null);
    assert.deepEqual(Object.keys(parsed), [...Object.keys(parsed)].sort());
    assert.equal(Object.keys(parsed).length, 14);
  });

  test('the entry hash is SHA-256 of the previous hash, a newline and the canonical entry', () => {
    const entry = makeEntry(3);
    const expected = createHash('sha256').update(`${GENESIS_HASH}\n${canonicalEntry(entry)}`).digest('hex');
    assert.equal(entryHash(GENESIS_HASH, entry), expected);
    assert.match(GENESIS_HASH, /^0{64}$/);
  });

  test('the checkpoint signature is HMAC-SHA256 over tenant, position, head and kind', () => {
    const expected = createHmac('sha256', KEY).update(`${TENANT}|12|abc|seal`).digest('hex');
    assert.equal(signCheckpoint(KEY, { tenant_id: TENANT, chain_pos: 12, head_hash: 'abc', kind: 'seal' }), expected);
  });
});

describe('verifying a chain: table of cases', () => {
  const valid = sealChain([5, 2, 9, 4, 7, 8].map((seq) => makeEntry(seq)), 2);
  const at = (chainPos: number) => valid.seals[chainPos - 1] as ChainSeal;
  const cases: Array<[string, Chain, number | 'ok']> = [
    ['an empty log', { entries: [], seals: [], checkpoints: [] }, 'ok'],
    ['entries not yet sealed', { entries: [makeEntry(1)], seals: [], checkpoints: [] }, 'ok'],
    ['a valid chain', valid, 'ok'],
    ['an altered purpose', { ...valid, entries: valid.entries.map((e) => (e.seq === at(3).seq ? { ...e, purpose: 'curiosity' } : e)) }, 3],
    ['a deleted entry', { ...valid, entries: valid.entries.filter((e) => e.seq !== at(2).seq) }, 2],
    ['a deleted seal', { ...valid, seals: valid.seals.filter((s) => s.chain_pos !== 4) }, 4],
    ['two seals swapped', { ...valid, seals: valid.seals.map((s) => (s.chain_pos === 2 ? { ...s, seq: at(5).seq } : s.chain_pos === 5 ? { ...s, seq: at(2).seq } : s)) }, 2],
    ['a repeated chain position', { ...valid, seals: [...valid.seals, { ...at(3) }] }, 3],
    ['a checkpoint with a forged signature', { ...valid, checkpoints: valid.checkpoints.map((c) => (c.chain_pos === 4 ? { ...c, signature: 'f'.repeat(64) } : c)) }, 4],
    ['a checkpoint signed with another key', { ...valid, checkpoints: [checkpoint(2, at(2).entry_hash, 'seal', 'another-key-another-key-another-key')] }, 2],
    ['a signed checkpoint whose head differs from the chain', { ...valid, checkpoints: [...valid.checkpoints, checkpoint(3, at(2).entry_hash)] }, 3],
    ['a checkpoint of another tenant', { ...valid, checkpoints: [{ ...checkpoint(6, at(6).entry_hash), tenant_id: OTHER_TENANT }] }, 6],
    ['a tail cut back to an earlier checkpoint', { ...valid, seals: valid.seals.slice(0, 4) }, 6],
    ['an appended entry without a checkpoint', (() => {
      const entry = makeEntry(99);
      const seal = { tenant_id: TENANT, chain_pos: 7, seq: 99, entry_hash: entryHash(at(6).entry_hash, entry) };
      return { entries: [...valid.entries, entry], seals: [...valid.seals, seal], checkpoints: valid.checkpoints };
    })(), 7],
    ['a prefix removed by retention', {
      entries: valid.entries,
      seals: valid.seals.slice(4),
      checkpoints: [checkpoint(4, at(4).entry_hash, 'retention'), ...valid.checkpoints.filter((c) => c.chain_pos > 4)],
    }, 'ok'],
    ['a prefix removed with a forged retention checkpoint', {
      entries: valid.entries,
      seals: valid.seals.slice(4),
      checkpoints: [{ ...checkpoint(4, at(4).entry_hash, 'retention'), signature: '0'.repeat(64) }, ...valid.checkpoints.filter((c) => c.chain_pos > 4)],
    }, 4],
    ['a prefix removed without a retention checkpoint', { ...valid, seals: valid.seals.slice(4) }, 1],
  ];
  for (const [name, chain, expected] of cases) {
    test(name, () => {
      const result = verify(chain);
      if (expected === 'ok') assert.equal(result.ok, true, JSON.stringify(result));
      else assert.equal(firstBadPos(result), expected, JSON.stringify(result));
    });
  }

  test('a valid chain reports how many entries it checked', () => {
    assert.deepEqual(verify(valid), { ok: true, checked: 6 });
  });

  test('the first bad entry names its seq and the problem', () => {
    const result = verify({ ...valid, entries: valid.entries.filter((e) => e.seq !== at(2).seq) });
    assert.equal(result.ok, false);
    if (!result.ok) {
      assert.equal(result.firstBad.seq, at(2).seq);
      assert.match(result.firstBad.problem, /missing/);
    }
  });
});

describe('audit retention cutoff', () => {
  const cases: Array<[string, number, string]> = [
    ['2026-08-31T10:00:00.000Z', 6, '2026-02-28T10:00:00.000Z'],
    ['2024-08-31T10:00:00.000Z', 6, '2024-02-29T10:00:00.000Z'],
    ['2026-03-15T00:00:00.000Z', 24, '2024-03-15T00:00:00.000Z'],
    ['2026-01-31T23:59:59.999Z', 11, '2025-02-28T23:59:59.999Z'],
  ];
  for (const [now, months, expected] of cases) {
    test(`${months} months before ${now}`, () => assert.equal(auditRetentionCutoff(new Date(now), months).toISOString(), expected));
  }
  for (const months of [5, 0, -6, 6.5]) {
    test(`refuses ${months} months`, () => assert.throws(() => auditRetentionCutoff(new Date(), months), RangeError));
  }
});

describe('verifying a chain: properties', () => {
  const fieldValues = {
    tenant_id: fc.uuid(),
    seq: fc.integer({ min: 1, max: 2_000_000 }),
    occurred_at: fc.date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2030-01-01T00:00:00Z'), noInvalidDate: true }),
    actor_user_id: fc.option(fc.uuid(), { nil: null }),
    actor_role: fc.option(fc.constantFrom('case-officer', 'support-worker,leader', 'admin'), { nil: null }),
    actor_unit_id: fc.option(fc.uuid(), { nil: null }),
    action: fc.constantFrom('profile.read', 'user.manage', 'plan.update'),
    resource_type: fc.constantFrom('citizen', 'plan', 'user'),
    resource_id: fc.option(fc.string({ maxLength: 12 }), { nil: null }),
    citizen_id: fc.option(fc.uuid(), { nil: null }),
    purpose: fc.string({ minLength: 1, maxLength: 20 }),
    outcome: fc.constantFrom('allowed', 'denied'),
    request_id: fc.option(fc.string({ maxLength: 12 }), { nil: null }),
    details: fc.dictionary(fc.string({ maxLength: 6 }), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 4 }),
  };
  const fieldNames = Object.keys(fieldValues) as Array<keyof typeof fieldValues>;
  const { tenant_id: _tenant, seq: _seq, ...contentValues } = fieldValues;
  const entryContent = fc.record(contentValues);

  /** Entries in sealing order with distinct seqs in any order (late commits are sealed late), sealed with checkpoints. */
  const chains = fc
    .array(entryContent, { minLength: 1, maxLength: 25 })
    .chain((contents) =>
      fc.tuple(fc.constant(contents), fc.uniqueArray(fieldValues.seq, { minLength: contents.length, maxLength: contents.length }), fc.integer({ min: 1, max: 8 })),
    )
    .map(([contents, seqs, every]) => sealChain(contents.map((content, index) => ({ ...content, tenant_id: TENANT, seq: seqs[index] as number })), every));

  const runs = { numRuns: 150 };
  const pick = <T>(items: readonly T[], index: number): T => items[index % items.length] as T;

  test('a chain sealed by the rules verifies', () => {
    fc.assert(fc.property(chains, (chain) => assert.deepEqual(verify(chain), { ok: true, checked: chain.seals.length })), runs);
  });

  test('altering any field of any entry is detected at that entry', () => {
    const alteration = fc.constantFrom(...fieldNames).chain((field) => fc.tuple(fc.constant(field), fieldValues[field] as fc.Arbitrary<unknown>));
    fc.assert(
      fc.property(chains, fc.nat(), alteration, (chain, index, [field, value]) => {
        const target = pick(chain.entries, index);
        const altered = { ...target, [field]: value } as AuditChainEntry;
        fc.pre(canonicalEntry(altered) !== canonicalEntry(target));
        fc.pre(field !== 'seq' || chain.entries.every((entry) => entry.seq !== value));
        const entries = chain.entries.map((entry) => (entry === target ? altered : entry));
        assert.equal(firstBadPos(verify({ ...chain, entries })), chain.entries.indexOf(target) + 1);
      }),
      runs,
    );
  });

  test('deleting any entry, its seal or both is detected at its position, and rechaining the rest does not hide it', () => {
    fc.assert(
      fc.property(chains, fc.nat(), fc.constantFrom('entry', 'seal', 'both', 'rechained'), (chain, index, what) => {
        const position = (index % chain.entries.length) + 1;
        const victim = chain.entries[position - 1] as AuditChainEntry;
        const entries = chain.entries.filter((entry) => entry !== victim);
        if (what === 'rechained') {
          assert.equal(verify(rechain(entries, chain.checkpoints)).ok, false);
          return;
        }
        const seals = chain.seals.filter((seal) => seal.chain_pos !== position);
        const tampered = what === 'entry' ? { ...chain, entries } : what === 'seal' ? { ...chain, seals } : { ...chain, entries, seals };
        assert.equal(firstBadPos(verify(tampered)), position);
      }),
      runs,
    );
  });

  test('swapping any two entries is detected, with or without rechaining', () => {
    fc.assert(
      fc.property(chains, fc.nat(), fc.nat(), fc.boolean(), (chain, a, b, rechained) => {
        const [i, j] = [a % chain.entries.length, b % chain.entries.length].sort((x, y) => x - y) as [number, number];
        fc.pre(i !== j);
        const entries = [...chain.entries];
        [entries[i], entries[j]] = [entries[j] as AuditChainEntry, entries[i] as AuditChainEntry];
        if (rechained) {
          assert.equal(verify(rechain(entries, chain.checkpoints)).ok, false);
          return;
        }
        const seals = chain.seals.map((seal, index) => ({ ...seal, seq: (entries[index] as AuditChainEntry).seq }));
        assert.equal(firstBadPos(verify({ ...chain, seals })), i + 1);
      }),
      runs,
    );
  });

  test('inserting an entry anywhere is detected, with a correctly hashed seal or a rechained tail', () => {
    fc.assert(
      fc.property(chains, entryContent, fieldValues.seq, fc.nat(), fc.boolean(), (chain, content, seq, index, rechained) => {
        fc.pre(chain.entries.every((entry) => entry.seq !== seq));
        const position = (index % (chain.entries.length + 1)) + 1;
        const inserted = { ...content, tenant_id: TENANT, seq };
        const entries = [...chain.entries.slice(0, position - 1), inserted, ...chain.entries.slice(position - 1)];
        if (rechained) {
          assert.equal(verify(rechain(entries, chain.checkpoints)).ok, false);
          return;
        }
        const prevHash = position === 1 ? GENESIS_HASH : (chain.seals[position - 2] as ChainSeal).entry_hash;
        const seal = { tenant_id: TENANT, chain_pos: position, seq, entry_hash: entryHash(prevHash, inserted) };
        const seals = [...chain.seals.slice(0, position - 1), seal, ...chain.seals.slice(position - 1).map((s) => ({ ...s, chain_pos: s.chain_pos + 1 }))];
        const result = verify({ ...chain, entries, seals });
        assert.ok((firstBadPos(result) ?? 0) >= position);
      }),
      runs,
    );
  });

  test('truncating the tail while its checkpoint remains is detected', () => {
    fc.assert(
      fc.property(chains, fc.nat(), (chain, index) => {
        const keep = index % chain.entries.length;
        const truncated = { ...chain, entries: chain.entries.slice(0, keep), seals: chain.seals.slice(0, keep) };
        assert.ok((firstBadPos(verify(truncated)) ?? 0) > keep);
      }),
      runs,
    );
  });

  test('removing a prefix up to any checkpoint with a retention checkpoint there still verifies', () => {
    fc.assert(
      fc.property(chains, fc.nat(), (chain, index) => {
        const anchor = pick(chain.checkpoints, index);
        const checkpoints = [checkpoint(anchor.chain_pos, anchor.head_hash, 'retention'), ...chain.checkpoints.filter((c) => c.chain_pos >= anchor.chain_pos)];
        const remaining = { entries: chain.entries.slice(anchor.chain_pos), seals: chain.seals.slice(anchor.chain_pos), checkpoints };
        assert.deepEqual(verify(remaining), { ok: true, checked: chain.seals.length - anchor.chain_pos });
      }),
      runs,
    );
  });

  test('streaming in batches of any size gives the same verdict as verifying at once', () => {
    const tamper = fc.constantFrom('none', 'alter', 'delete-seal', 'truncate');
    fc.assert(
      fc.property(chains, fc.integer({ min: 1, max: 10 }), tamper, fc.nat(), (chain, batchSize, how, index) => {
        const position = (index % chain.seals.length) + 1;
        const entries = how === 'alter' ? chain.entries.map((e, i) => (i === position - 1 ? { ...e, purpose: `${e.purpose}!` } : e)) : chain.entries;
        const seals = how === 'delete-seal' ? chain.seals.filter((s) => s.chain_pos !== position) : how === 'truncate' ? chain.seals.slice(0, position - 1) : chain.seals;
        const bySeq = new Map(entries.map((entry) => [entry.seq, entry]));
        const verifier = new ChainVerifier({ tenantId: TENANT, key: KEY });
        let fedCheckpointsUpTo = 0;
        for (let start = 0; start < seals.length && !verifier.firstBad; start += batchSize) {
          const batch = seals.slice(start, start + batchSize);
          const last = (batch.at(-1) as ChainSeal).chain_pos;
          verifier.addCheckpoints(chain.checkpoints.filter((c) => c.chain_pos > fedCheckpointsUpTo && c.chain_pos <= last));
          fedCheckpointsUpTo = last;
          verifier.addLinks(batch.map((seal) => ({ seal, entry: bySeq.get(seal.seq) })));
        }
        if (!verifier.firstBad) verifier.addCheckpoints(chain.checkpoints.filter((c) => c.chain_pos > fedCheckpointsUpTo));
        assert.deepEqual(verifier.finish(), verify({ entries, seals, checkpoints: chain.checkpoints }));
      }),
      runs,
    );
  });
});
