/**
 * The courses a municipality offers its volunteers, as data. A course key is what `volunteer_course.course_key`,
 * `volunteer_opportunity.required_course` and `companion_request.required_course` hold. Some courses must be renewed
 * (first aid lapses after 24 months); the rest are valid for good. Matching, the generator and the coordinator's
 * screens all read this one list, so a new course is added here and nowhere else.
 */

export interface VolunteerCourse {
  key: string;
  name: { da: string; en: string };
  /** Months the course is valid after completion; null: valid for good. */
  validMonths: number | null;
}

export const volunteerCourses: readonly VolunteerCourse[] = [
  { key: 'foelgeven-grundkursus', name: { da: 'Grundkursus for følgevenner', en: 'Basic course for companions' }, validMonths: null },
  { key: 'foerstehjaelp', name: { da: 'Førstehjælp', en: 'First aid' }, validMonths: 24 },
  { key: 'autisme-forstaaelse', name: { da: 'Forståelse af autisme', en: 'Understanding autism' }, validMonths: null },
  { key: 'kommunikation-hjerneskade', name: { da: 'Kommunikation ved erhvervet hjerneskade', en: 'Communication with acquired brain injury' }, validMonths: null },
  { key: 'koerestolsbruger', name: { da: 'Hjælp til kørestolsbrugere', en: 'Assisting wheelchair users' }, validMonths: 36 },
  { key: 'psykisk-foerstehjaelp', name: { da: 'Psykisk førstehjælp', en: 'Mental health first aid' }, validMonths: 36 },
];

export type VolunteerCourseKey = (typeof volunteerCourses)[number]['key'];

export const volunteerCourseKeys: readonly string[] = volunteerCourses.map((c) => c.key);

export function volunteerCourse(key: string): VolunteerCourse | undefined {
  return volunteerCourses.find((c) => c.key === key);
}

export function isVolunteerCourseKey(key: string): boolean {
  return volunteerCourses.some((c) => c.key === key);
}

/**
 * The last day a course completed on `completedOn` ('YYYY-MM-DD') is valid, or null when it does not lapse.
 * Calendar months: completed 2025-03-31 with 24 months → valid until 2027-03-30 (the day before the same date,
 * clamped to the month's end), as a certificate "valid for two years" reads.
 */
export function courseValidUntil(key: string, completedOn: string): string | null {
  const months = volunteerCourse(key)?.validMonths ?? null;
  if (months === null) return null;
  const [y, m, d] = completedOn.split('-').map(Number) as [number, number, number];
  const monthIndex = m - 1 + months;
  const year = y + Math.floor(monthIndex / 12);
  const month = monthIndex % 12;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  const same = new Date(Date.UTC(year, month, Math.min(d, lastDay)));
  same.setUTCDate(same.getUTCDate() - 1);
  return same.toISOString().slice(0, 10);
}

/** The words volunteers commonly use for their interests; the profile form suggests them (free words are allowed). */
export const volunteerInterestSuggestions: readonly string[] = [
  'sport', 'håndbold', 'fodbold', 'svømning', 'gåture', 'musik', 'kunst', 'natur', 'café', 'spil', 'madlavning', 'kirke', 'teater', 'biograf', 'koncerter',
];

/** The languages a volunteer can name (ISO 639-1): Danish, English and the languages most spoken by the citizens. */
export const volunteerLanguageCodes: readonly string[] = ['da', 'en', 'de', 'ar', 'fa', 'so', 'tr', 'pl', 'uk', 'ro', 'ur', 'ti', 'fr', 'es'];
