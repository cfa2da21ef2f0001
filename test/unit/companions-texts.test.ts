import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { lix } from '../../src/domain/readability.js';
import { citizenStatusTexts, companionProblem, kmText, reasonText, statusText, whenText } from '../../src/features/companions/companion-messages.js';
import { da } from '../../src/web/features/companions/i18n/da.js';

/**
 * What a citizen reads about their trips reads very easily (LIX at most 30, as the plan's easy-read texts), and the
 * words of a trip are the issue's: "Ole kommer med dig til håndbold lørdag den 12. december kl. 14.00. I mødes ved
 * Arena Randers, indgang A."
 */
const limit = 30;
const names = { activity: 'håndbold', when: 'lørdag den 12. december kl. 14.00', place: 'Arena Randers, indgang A', volunteer: 'Ole', citizen: 'Mikkel' };
const fill = (text: string) => text.replace(/\{(\w+)\}/g, (_, key: string) => names[key as keyof typeof names] ?? 'Ole').replace(/\{\{\w+\}\}/g, 'Ole');

describe("the citizen's companion texts", () => {
  const texts: [string, string][] = [
    ...Object.entries(citizenStatusTexts.da).map(([key, text]) => [`status.${key}`, fill(text)] as [string, string]),
    ...(['citizen', 'easy', 'cancel'] as const).flatMap((group) => Object.entries(da[group]).map(([key, text]) => [`${group}.${key}`, fill(text)] as [string, string])),
  ];
  for (const [key, text] of texts.filter(([, text]) => /[.?!]$/.test(text))) {
    test(`${key} (LIX at most ${limit}): ${text}`, () => assert.ok(lix(text).lix <= limit, `LIX ${lix(text).lix.toFixed(1)}`));
  }
});

describe('the words of a trip', () => {
  const saturday = new Date('2026-12-12T13:00:00Z');
  test('when, in Danish time, in both languages', () => {
    assert.equal(whenText('da', saturday), 'lørdag den 12. december kl. 14.00');
    assert.equal(whenText('en', saturday), 'Saturday 12 December at 14:00');
    assert.equal(whenText('da', new Date('2026-06-13T12:00:00Z')), 'lørdag den 13. juni kl. 14.00');
  });
  test('who is coming, as the citizen reads it', () => {
    assert.equal(statusText('da', 'citizen', 'accepted', { ...names, when: whenText('da', saturday) }), 'Ole kommer med dig til håndbold lørdag den 12. december kl. 14.00. I mødes ved Arena Randers, indgang A.');
  });
  test('reasons of a match', () => {
    assert.equal(reasonText('da', { kind: 'continuity', count: 6 }, 'Birthe'), 'Har fulgt Birthe 6 gange');
    assert.equal(reasonText('da', { kind: 'continuity', count: 1 }, 'Birthe'), 'Har fulgt Birthe 1 gang');
    assert.equal(reasonText('da', { kind: 'distance', km: 2.14 }, 'Birthe'), '2,1 km væk');
    assert.equal(reasonText('en', { kind: 'distance', km: 2.14 }, 'Birthe'), '2.1 km away');
    assert.equal(reasonText('da', { kind: 'interest', interest: 'sport' }, 'Birthe'), 'Kan lide sport');
    assert.equal(reasonText('da', { kind: 'language', language: 'ar' }, 'Birthe'), 'Taler arabisk');
    assert.equal(kmText('da', 12), '12,0');
  });
  test('problems in Danish first, English second', () => {
    assert.equal(companionProblem('da', 'volunteer.busy', { name: 'Ole Nielsen' }), 'Ole Nielsen skal allerede følge en anden borger på det tidspunkt. En frivillig kan ikke være to steder på én gang.');
    assert.equal(companionProblem('en', 'starts.past'), 'The time has passed. Choose a time that has not passed yet.');
  });
});
