import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { mayKeepEvent, type EventKeeping } from '../../src/domain/event-keeper.js';
import type { Role } from '../../src/domain/roles.js';

describe('who keeps an event', () => {
  // centre → perron4, centre → slotsgaarden; fritid elsewhere.
  const units = [
    { id: 'centre', parentId: null },
    { id: 'perron4', parentId: 'centre' },
    { id: 'slotsgaarden', parentId: 'centre' },
    { id: 'fritid', parentId: null },
  ];
  const municipal = (unit: string | null): EventKeeping => ({ keeperUnitId: unit, organization: { kind: 'municipal', orgUnitId: 'centre' } });
  const association: EventKeeping = { keeperUnitId: null, organization: { kind: 'association', orgUnitId: null } };
  const associationKeptByUnit: EventKeeping = { keeperUnitId: 'fritid', organization: { kind: 'association', orgUnitId: null } };
  const cases: [string, Role[], string | null, EventKeeping, boolean][] = [
    ['the administrator keeps any event', ['admin'], null, municipal('perron4'), true],
    ['the administrator keeps an association event', ['admin'], null, association, true],
    ["an offer owner keeps their own unit's event", ['offer-owner'], 'perron4', municipal('perron4'), true],
    ["a centre's offer owner keeps the event of a unit below", ['offer-owner'], 'centre', municipal('slotsgaarden'), true],
    ["an offer owner does not keep a sibling unit's event", ['offer-owner'], 'perron4', municipal('slotsgaarden'), false],
    ["an offer owner does not keep the event of the unit above", ['offer-owner'], 'perron4', municipal('centre'), false],
    ['an offer owner without a unit keeps nothing', ['offer-owner'], null, municipal('perron4'), false],
    ['an event nobody owns is kept by the administrator only', ['offer-owner'], 'centre', municipal(null), false],
    ['the volunteer coordinator keeps an association event', ['volunteer-coordinator'], 'fritid', association, true],
    ['the volunteer coordinator keeps an association offer kept by a unit too', ['volunteer-coordinator'], 'fritid', associationKeptByUnit, true],
    ["the volunteer coordinator does not keep a municipal unit's event", ['volunteer-coordinator'], 'fritid', municipal('perron4'), false],
    ['an association that is a municipal unit is not the coordinator\'s', ['volunteer-coordinator'], 'fritid', { keeperUnitId: null, organization: { kind: 'association', orgUnitId: 'fritid' } }, false],
    ['a support worker keeps no event', ['support-worker'], 'perron4', municipal('perron4'), false],
    ['a citizen keeps no event', ['citizen'], null, association, false],
  ];
  for (const [name, roles, orgUnitId, event, expected] of cases) {
    test(name, () => assert.equal(mayKeepEvent({ roles, orgUnitId }, units, event), expected));
  }
});
