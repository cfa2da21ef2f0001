import type { Selectable } from 'kysely';
import type { ManagedOpportunity, PublicOpportunity } from '../../contracts/volunteers.js';
import { volunteerCourse, volunteerCourses } from '../../domain/volunteer-courses.js';
import type { VolunteerOpportunityTable } from '../../platform/db/schema-volunteers.js';
import type { Language } from '../../platform/i18n/server-messages.js';
import type { OpportunityRow } from './opportunity-repository.js';

/** A course key as the reader reads it; a key no longer in the list is shown as it is. */
export function courseRef(key: string, language: Language): { key: string; name: string } {
  return { key, name: volunteerCourse(key)?.name[language] ?? key };
}

export function courseChoices(language: Language): { key: string; name: string }[] {
  return volunteerCourses.map((c) => ({ key: c.key, name: c.name[language] }));
}

export function presentPublicOpportunity(row: Selectable<VolunteerOpportunityTable>, language: Language): PublicOpportunity {
  return {
    id: row.opportunity_id,
    title: row.title,
    summary: row.summary,
    description: row.description,
    kind: row.kind as PublicOpportunity['kind'],
    area: row.area,
    timeCommitment: row.time_commitment,
    requiredCourse: row.required_course ? courseRef(row.required_course, language) : null,
    needsRecordCheck: row.needs_record_check,
  };
}

export function presentManagedOpportunity(row: OpportunityRow, language: Language): ManagedOpportunity {
  return { ...presentPublicOpportunity(row, language), status: row.status, applications: row.open_applications, updatedAt: row.updated_at.toISOString(), version: row.version };
}
