import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { compositionGaps, councilCompositions, isSitting, type CompositionMember } from '../../src/domain/council-composition.js';

const today = '2026-06-01';
const m = (role: string, memberFrom: string | null = null, memberTo: string | null = null): CompositionMember => ({ role, memberFrom, memberTo });
const times = (n: number, role: string) => Array.from({ length: n }, () => m(role));
const handicap = councilCompositions.handicapraadet;

describe('Handicaprådet: 4 from DH, 1 from the city council, 3 experts', () => {
  const cases: [string, CompositionMember[], ReturnType<typeof compositionGaps>][] = [
    ['4/1/3 adds up', [...times(4, 'dpo-representative'), m('city-council-member'), ...times(3, 'expert')], []],
    ['a secretary is not counted', [...times(4, 'dpo-representative'), m('city-council-member'), ...times(3, 'expert'), m('secretary')], []],
    ['one expert short', [...times(4, 'dpo-representative'), m('city-council-member'), ...times(2, 'expert')], [{ role: 'expert', expected: 3, actual: 2 }]],
    [
      'no city-council member and five from DH',
      [...times(5, 'dpo-representative'), ...times(3, 'expert')],
      [
        { role: 'dpo-representative', expected: 4, actual: 5 },
        { role: 'city-council-member', expected: 1, actual: 0 },
      ],
    ],
    ['a role it does not have', [...times(4, 'dpo-representative'), m('city-council-member'), ...times(3, 'expert'), m('member')], [{ role: 'other', expected: 0, actual: 1 }]],
    [
      'a member who left and one not yet begun do not count',
      [...times(3, 'dpo-representative'), m('dpo-representative', null, '2026-05-31'), m('dpo-representative', '2026-06-02'), m('city-council-member'), ...times(3, 'expert')],
      [{ role: 'dpo-representative', expected: 4, actual: 3 }],
    ],
    [
      'nobody',
      [],
      [
        { role: 'dpo-representative', expected: 4, actual: 0 },
        { role: 'city-council-member', expected: 1, actual: 0 },
        { role: 'expert', expected: 3, actual: 0 },
      ],
    ],
  ];
  for (const [what, members, gaps] of cases) {
    test(what, () => assert.deepEqual(compositionGaps(members, handicap, today), gaps));
  }
});

test('a council without a composition (Udsatterådet) has no gaps', () => {
  assert.deepEqual(compositionGaps([m('member'), m('user-representative')], councilCompositions.udsatteraadet, today), []);
});

describe('sitting on a day', () => {
  const cases: [string | null, string | null, boolean][] = [
    [null, null, true],
    ['2026-06-01', null, true],
    ['2026-06-02', null, false],
    [null, '2026-06-01', true],
    [null, '2026-05-31', false],
    ['2022-01-01', '2025-12-31', false],
  ];
  for (const [from, to, sitting] of cases) {
    test(`${from ?? '…'} – ${to ?? '…'}: ${sitting}`, () => assert.equal(isSitting({ memberFrom: from, memberTo: to }, today), sitting));
  }
});
