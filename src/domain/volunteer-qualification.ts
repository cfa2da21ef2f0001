/**
 * Whether a volunteer may take a task on a given day: a criminal-record check valid that day (the municipality asks
 * for one before anyone accompanies a vulnerable adult, so every accompaniment needs it), and the task's required
 * course, completed by then and not lapsed. Dates are Danish calendar dates ('YYYY-MM-DD'), compared as text.
 */

export interface RecordCheck {
  checkedOn: string | null;
  /** null: no expiry was recorded with the check. */
  expiresOn: string | null;
}

export interface CompletedCourse {
  key: string;
  completedOn: string;
  /** The last day it is valid; null: valid for good. */
  validUntil: string | null;
}

export type QualificationProblem = 'record-check-missing' | 'record-check-expired' | 'course-missing' | 'course-expired';

export function recordCheckValidOn(check: RecordCheck, day: string): boolean {
  return check.checkedOn !== null && check.checkedOn <= day && (check.expiresOn === null || check.expiresOn >= day);
}

export function courseValidOn(course: CompletedCourse, day: string): boolean {
  return course.completedOn <= day && (course.validUntil === null || course.validUntil >= day);
}

/** The first reason the volunteer may not take the task on `day`, or null when they may. */
export function qualificationProblem(check: RecordCheck, courses: readonly CompletedCourse[], task: { requiredCourse: string | null; needsRecordCheck?: boolean }, day: string): QualificationProblem | null {
  if (task.needsRecordCheck !== false) {
    if (check.checkedOn === null || check.checkedOn > day) return 'record-check-missing';
    if (!recordCheckValidOn(check, day)) return 'record-check-expired';
  }
  if (task.requiredCourse) {
    const course = courses.find((c) => c.key === task.requiredCourse && c.completedOn <= day);
    if (!course) return 'course-missing';
    if (!courseValidOn(course, day)) return 'course-expired';
  }
  return null;
}
