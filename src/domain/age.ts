/** Age in whole years on a calendar date; both dates 'YYYY-MM-DD'. A 29 February birthday counts from 1 March in other years. */
export function ageOn(birthDate: string, on: string): number {
  const [by, bm, bd] = birthDate.split('-').map(Number) as [number, number, number];
  const [y, m, d] = on.split('-').map(Number) as [number, number, number];
  const hadBirthday = m > bm || (m === bm && d >= bd);
  return y - by - (hadBirthday ? 0 : 1);
}

/** The date of the 18th birthday. */
export function eighteenthBirthday(birthDate: string): string {
  const [by, bm, bd] = birthDate.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(by + 18, bm - 1, bd));
  // 29 February in a year without it rolls to 1 March, as Danish law counts the birthday.
  return date.toISOString().slice(0, 10);
}

/** "Den gode overgang": the young person turns 18 within the coming 12 months (and is not yet 18). */
export function turnsEighteenWithinAYear(birthDate: string, today: string): boolean {
  const birthday = eighteenthBirthday(birthDate);
  const [y, m, d] = today.split('-').map(Number) as [number, number, number];
  const inAYear = new Date(Date.UTC(y + 1, m - 1, d)).toISOString().slice(0, 10);
  return birthday > today && birthday <= inAYear;
}
