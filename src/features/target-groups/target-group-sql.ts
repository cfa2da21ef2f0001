import { sql, type RawBuilder } from 'kysely';
import { normalizeLegalBasis, offerTypeSpellings, OTHER_PREFIX, targetGroupRules, type TargetGroupRule } from '../../domain/target-group-rows.js';
import { sqlLiteral } from '../../platform/db/sql-literal.js';

/**
 * The row rules of src/domain/target-group-rows.ts as one SQL CASE over a fact's columns: `lbn` (the legal basis,
 * normalised as normalizeLegalBasis does), `lb` (as stored), `ot` (offer type), `nm` (name), `rate` and `youth`.
 * Built once from constants only (no user input reaches it), so it can be written into the statement's text.
 */
const list = (values: readonly string[]) => values.map(sqlLiteral).join(', ');

function condition(rule: TargetGroupRule): string {
  const parts: string[] = [];
  if (rule.legalBases) parts.push(`lbn IN (${list(rule.legalBases.map(normalizeLegalBasis))})`);
  if (rule.offerTypes) parts.push(`ot IN (${list(rule.offerTypes.flatMap(offerTypeSpellings))})`);
  if (rule.namePattern) parts.push(`nm ~* ${sqlLiteral(rule.namePattern)}`);
  if (rule.rates) parts.push(`rate IN (${list(rule.rates)})`);
  if (rule.youth !== undefined) parts.push(rule.youth ? 'youth' : 'NOT youth');
  return parts.length === 0 ? 'TRUE' : parts.join(' AND ');
}

const caseText = [
  'CASE',
  ...targetGroupRules.map((rule) => `WHEN ${condition(rule)} THEN ${sqlLiteral(rule.row)}`),
  `WHEN lbn <> '' THEN ${sqlLiteral(OTHER_PREFIX)} || lbn`,
  'END',
].join(' ');

/** The CASE expression that gives a fact's row key (or NULL). */
export const targetGroupRowSql: RawBuilder<string | null> = sql.raw(caseText);

/** The same normalisation of a legal basis as normalizeLegalBasis, for a column. */
export const normalizedLegalBasisSql = (column: RawBuilder<unknown>) => sql`upper(regexp_replace(coalesce(${column}, ''), '\\s+', '', 'g'))`;
