import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { checkApplication, isDanishPostalCode, normalisePhone, type ApplicationInput } from '../../src/domain/volunteer-application-rules.js';
import { courseValidUntil, isVolunteerCourseKey, volunteerCourses } from '../../src/domain/volunteer-courses.js';
import { recordCheckState, validityState } from '../../src/domain/volunteer-validity.js';
import { checkAvailabilityException, checkWeeklySlots, clockText, parseClock, sortedSlots, type WeeklySlot } from '../../src/domain/volunteer-weekly-slots.js';
import { postalCodeAt, positionOfPostalCode } from '../../src/features/volunteers/home-position.js';

const slot = (weekday: number, from: string, to: string): WeeklySlot => ({ weekday, fromMinute: parseClock(from) ?? -1, toMinute: parseClock(to) ?? -1 });

describe('weekly slots', () => {
  const cases: [string, WeeklySlot[], string[]][] = [
    ['no slots (available only by exception)', [], []],
    ["Ole's Wednesday morning and Saturday afternoon", [slot(3, '09:00', '12:00'), slot(6, '13:00', '18:00')], []],
    ['two slots touching at noon', [slot(3, '09:00', '12:00'), slot(3, '12:00', '14:00')], []],
    ['the same hours on two days', [slot(1, '10:00', '12:00'), slot(2, '10:00', '12:00')], []],
    ['a slot to the end of the day (24:00)', [slot(7, '18:00', '24:00')], []],
    ['from midnight', [slot(1, '00:00', '00:15')], []],
    ['the end before the start', [slot(2, '10:00', '09:00')], ['0.to:slot.order']],
    ['the end equal to the start', [slot(2, '10:00', '10:00')], ['0.to:slot.order']],
    ['off the quarter hours', [slot(4, '10:10', '12:05')], ['0.from:slot.step', '0.to:slot.step']],
    ['weekday 0', [slot(0, '10:00', '12:00')], ['0.weekday:slot.weekday']],
    ['weekday 8', [slot(8, '10:00', '12:00')], ['0.weekday:slot.weekday']],
    ['starting at 24:00', [{ weekday: 1, fromMinute: 1440, toMinute: 1440 }], ['0.from:slot.time', '0.to:slot.order']],
    ['overlapping on Saturday', [slot(6, '13:00', '18:00'), slot(6, '17:00', '19:00')], ['1.from:slot.overlap']],
    ['one slot inside another', [slot(6, '10:00', '18:00'), slot(6, '12:00', '13:00')], ['1.from:slot.overlap']],
    ['the same slot twice', [slot(5, '10:00', '12:00'), slot(5, '10:00', '12:00')], ['1.from:slot.overlap']],
    ['too many slots', Array.from({ length: 29 }, (_, i) => slot((i % 7) + 1, `${String(Math.floor(i / 7) * 2).padStart(2, '0')}:00`, `${String(Math.floor(i / 7) * 2 + 1).padStart(2, '0')}:00`)), ['28.slots:slot.too_many']],
  ];
  for (const [name, slots, expected] of cases) {
    test(name, () => {
      assert.deepEqual(checkWeeklySlots(slots).map((p) => `${p.index}.${p.field}:${p.key}`), expected);
    });
  }

  test('times of day are read as HH:MM, 24:00 included, and written back the same', () => {
    assert.deepEqual(['09:00', '13:45', '24:00', '00:00'].map(parseClock), [540, 825, 1440, 0]);
    assert.deepEqual(['9:00', '24:15', '12:60', '1300', ''].map(parseClock), [null, null, null, null, null]);
    fc.assert(fc.property(fc.integer({ min: 0, max: 1440 }), (m) => parseClock(clockText(m)) === m));
  });

  test('any set of valid slots without overlaps passes, and any overlap on a day is found', () => {
    const quarter = fc.integer({ min: 0, max: 95 });
    fc.assert(
      fc.property(fc.array(fc.record({ weekday: fc.integer({ min: 1, max: 7 }), a: quarter, b: quarter }), { maxLength: 10 }), (raw) => {
        const slots = raw.filter((r) => r.a !== r.b).map((r) => ({ weekday: r.weekday, fromMinute: Math.min(r.a, r.b) * 15, toMinute: Math.max(r.a, r.b) * 15 }));
        const sorted = sortedSlots(slots);
        const overlapping = sorted.some((s, i) => sorted.slice(i + 1).some((o) => o.weekday === s.weekday && o.fromMinute < s.toMinute && s.fromMinute < o.toMinute));
        const problems = checkWeeklySlots(slots);
        return overlapping ? problems.length > 0 && problems.every((p) => p.key === 'slot.overlap') : problems.length === 0;
      }),
    );
  });
});

describe('availability exceptions', () => {
  const now = new Date('2026-11-22T12:00:00Z');
  const at = (iso: string) => new Date(iso);
  const cases: [string, string, string, string[]][] = [
    ['a week away, ahead', '2026-12-01T00:00:00Z', '2026-12-08T00:00:00Z', []],
    ['already begun, not over', '2026-11-20T00:00:00Z', '2026-11-25T00:00:00Z', []],
    ['ending before it starts', '2026-12-08T00:00:00Z', '2026-12-01T00:00:00Z', ['to:exception.order']],
    ['over already', '2026-11-01T00:00:00Z', '2026-11-22T11:00:00Z', ['to:exception.past']],
    ['longer than a year', '2026-12-01T00:00:00Z', '2028-01-01T00:00:00Z', ['to:exception.too_long']],
  ];
  for (const [name, from, to, expected] of cases) {
    test(name, () => assert.deepEqual(checkAvailabilityException({ from: at(from), to: at(to) }, now).map((p) => `${p.field}:${p.key}`), expected));
  }
});

describe('an application', () => {
  const valid: ApplicationInput = { name: 'Camilla Brøns', email: 'camilla@example.dk', phone: '21 22 23 24', postalCode: '8920', message: '' };
  const cases: [string, Partial<ApplicationInput>, string[]][] = [
    ['a valid application', {}, []],
    ['without phone and postal code', { phone: null, postalCode: null }, []],
    ['empty phone and postal code count as none', { phone: ' ', postalCode: '' }, []],
    ['no name', { name: '   ' }, ['name:name.required']],
    ['a name without letters', { name: '12345' }, ['name:name.letters']],
    ['an e-mail address without @', { email: 'camilla.example.dk' }, ['email:email.invalid']],
    ['an e-mail address without a dot in the domain', { email: 'camilla@localhost' }, ['email:email.invalid']],
    ['an e-mail address with a space', { email: 'cam illa@example.dk' }, ['email:email.invalid']],
    ['a phone number too short', { phone: '1234' }, ['phone:phone.invalid']],
    ['letters in the phone number', { phone: 'ring mig' }, ['phone:phone.invalid']],
    ['a postal code of three digits', { postalCode: '890' }, ['postalCode:postal_code.invalid']],
    ['a postal code below 1000', { postalCode: '0800' }, ['postalCode:postal_code.invalid']],
    ['everything wrong', { name: '', email: 'x', phone: '1', postalCode: 'abcd' }, ['name:name.required', 'email:email.invalid', 'phone:phone.invalid', 'postalCode:postal_code.invalid']],
  ];
  for (const [name, change, expected] of cases) {
    test(name, () => assert.deepEqual(checkApplication({ ...valid, ...change }).map((p) => `${p.field}:${p.key}`), expected));
  }

  test('phone numbers are kept in one form', () => {
    assert.deepEqual(['21 22 23 24', '+45 21 22 23 24', '0045-21222324', '+46 70 123 45 67', '123'].map(normalisePhone), ['+4521222324', '+4521222324', '+4521222324', '+46701234567', null]);
    assert.deepEqual(['8900', '1000', '9990', '0999', '9999', '89 00'].map(isDanishPostalCode), [true, true, true, false, false, false]);
  });
});

describe('courses, checks and the home position', () => {
  test('every course has a unique key of plain letters, and a Danish and an English name', () => {
    assert.equal(new Set(volunteerCourses.map((c) => c.key)).size, volunteerCourses.length);
    for (const c of volunteerCourses) assert.match(c.key, /^[a-z-]+$/, c.key);
    assert.ok(isVolunteerCourseKey('foerstehjaelp') && !isVolunteerCourseKey('dykning'));
  });

  const validity: [string, string, string | null][] = [
    ['foerstehjaelp', '2025-03-31', '2027-03-30'],
    ['foerstehjaelp', '2024-02-29', '2026-02-27'],
    ['foerstehjaelp', '2026-01-15', '2028-01-14'],
    ['koerestolsbruger', '2026-06-01', '2029-05-31'],
    ['foelgeven-grundkursus', '2020-05-05', null],
  ];
  for (const [key, completed, until] of validity) {
    test(`${key} completed ${completed} is valid until ${until ?? 'for good'}`, () => assert.equal(courseValidUntil(key, completed), until));
  }

  test('a record check or course is valid, expiring within 60 days, expired or missing', () => {
    const today = '2026-11-22';
    assert.deepEqual(
      [validityState(true, null, today), validityState(true, '2027-06-01', today), validityState(true, '2027-01-21', today), validityState(true, '2027-01-22', today), validityState(true, '2026-11-22', today), validityState(true, '2026-11-21', today), validityState(false, null, today)],
      ['valid', 'valid', 'expiring', 'valid', 'expiring', 'expired', 'missing'],
    );
    assert.deepEqual([recordCheckState(null, null, today), recordCheckState('2026-01-01', null, today), recordCheckState('2026-01-01', '2026-12-01', today)], ['missing', 'missing', 'expiring']);
  });

  test('a postal code places the home at its district, and the district is read back from the position', () => {
    const home = positionOfPostalCode('8981');
    assert.equal(home?.districtName, 'Spentrup');
    assert.equal(postalCodeAt(home!.lat, home!.lon), '8981');
    assert.equal(postalCodeAt(56.462, 10.04), '8900', 'near the centre of Randers C');
    assert.equal(postalCodeAt(55.68, 12.57), null, 'Copenhagen is not a district here');
    assert.equal(positionOfPostalCode('1234'), null);
  });
});
