import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { normalisePhoneNumber } from '../../src/platform/messaging/phone-number.js';

describe('phone numbers for the text-message gateway', () => {
  const cases: [string, string, string | null][] = [
    ['eight Danish digits', '20123456', '+4520123456'],
    ['Danish digits in pairs', '20 12 34 56', '+4520123456'],
    ['Danish digits in fours with a dash', '2012-3456', '+4520123456'],
    ['with +45 and spaces', '+45 20 12 34 56', '+4520123456'],
    ['with 0045', '0045 20123456', '+4520123456'],
    ['with 45 and no plus (as some systems export them)', '4520123456', '+4520123456'],
    ['surrounding spaces', '  86 42 10 00 ', '+4586421000'],
    ['a Swedish mobile keeps its country code', '+46 70 123 45 67', '+46701234567'],
    ['a German number with 00', '0049 30 1234567', '+49301234567'],
    ['seven Danish digits', '2012345', null],
    ['nine digits without a country code', '201234567', null],
    ['a Danish number starting with 1 (service numbers)', '12345678', null],
    ['a Danish number starting with 0', '02345678', null],
    ['+45 with seven digits', '+45 2012345', null],
    ['+45 with a number starting with 1', '+45 12345678', null],
    ['letters', '20 12 34 AB', null],
    ['an e-mail address', 'ole@example.dk', null],
    ['empty', '', null],
    ['only separators', ' - ', null],
    ['too long to be E.164', '+1234567890123456', null],
    ['a plus and a leading zero', '+0123456789', null],
  ];
  for (const [name, raw, expected] of cases) {
    test(`${name}: ${JSON.stringify(raw)} → ${expected ?? 'not a number'}`, () => {
      assert.equal(normalisePhoneNumber(raw), expected);
    });
  }
});
