import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { lix } from '../../src/domain/readability.js';
import { referralStates } from '../../src/domain/referral-state.js';
import { citizenHistoryText, citizenStateText, citizenTexts } from '../../src/features/referrals/referral-messages.js';
import { da } from '../../src/web/features/referrals/i18n/da.js';

/**
 * What a citizen reads about their referrals reads very easily (LIX at most 30, as the plan's easy-read texts): the
 * server's state and history texts, filled in with a real offer and unit name, and the texts of "Mine henvisninger".
 */
const limit = 30;
const names = { offer: 'Morgenmad på Perron 4', receiver: 'Perron 4' };
const fill = (text: string) => text.replaceAll('{offer}', names.offer).replaceAll('{receiver}', names.receiver).replace(/\{\{\w+\}\}/g, 'Perron 4');

describe("the citizen's referral texts", () => {
  const texts: [string, string][] = [
    ...Object.entries(citizenTexts.state.da).map(([key, text]) => [`state.${key}`, fill(text)] as [string, string]),
    ...Object.entries(citizenTexts.history.da).map(([key, text]) => [`history.${key}`, fill(text)] as [string, string]),
    ...Object.entries(da.mine).map(([key, text]) => [`mine.${key}`, fill(text)] as [string, string]),
  ];
  // LIX measures sentences; a two-word heading or button ("Træk tilbage") is only counted in the whole.
  for (const [key, text] of texts.filter(([, text]) => /[.?!]$/.test(text))) {
    test(`${key} (LIX at most ${limit}): ${text}`, () => assert.ok(lix(text).lix <= limit, `LIX ${lix(text).lix.toFixed(1)}`));
  }

  test('all of them together', () => assert.ok(lix(texts.map(([, text]) => text).join('\n')).lix <= limit));

  test('"Perron 4 har sagt ja til dig" — the accepted referral in plain words, in both languages', () => {
    assert.equal(citizenStateText('da', 'accepted', 'worker', names), 'Perron 4 har sagt ja til dig.');
    assert.equal(citizenStateText('en', 'accepted', 'worker', names), 'Perron 4 has said yes to you.');
    assert.equal(citizenStateText('da', 'sent', 'self', names), 'Du har søgt om Morgenmad på Perron 4. Perron 4 har ikke svaret endnu.');
  });

  test('every state has a text, with no placeholder left, in both languages', () => {
    for (const language of ['da', 'en'] as const) {
      for (const state of referralStates) {
        for (const text of [citizenStateText(language, state, 'worker', names), citizenHistoryText(language, state, names)]) {
          assert.ok(text.length > 0 && !text.includes('{'), `${language} ${state}: ${text}`);
        }
      }
    }
  });
});
