import { sql, type RawBuilder } from 'kysely';
import { ageGroups } from '../../domain/catalogue-vocabulary.js';
import type { Coordinates } from '../../domain/geo.js';
import type { Tx } from '../../platform/db/tenant-transaction.js';

/** What the search asks the database for, already checked and normalised by the use case. */
export interface OfferSearchFilter {
  tenantId: string;
  /** The words as typed (trimmed); matched by Danish stemming and, for typos, by trigram word similarity. */
  words: string | null;
  targetGroups: readonly string[];
  lifeDomains: readonly string[];
  ageRanges: readonly { from: number; to: number }[];
  age: number | null;
  legalBases: readonly string[];
  freeOfCharge: boolean;
  selfReferral: boolean;
  freePlaces: boolean;
  accessibility: readonly string[];
  /** RFC 5545 day code, e.g. 'MO'. */
  day: string | null;
  /** 'HH:MM' local time. */
  time: string | null;
  /** Today in Danish time, for schedules that have ended. */
  today: string;
  near: Coordinates | null;
  withinKm: number | null;
  sort: 'relevance' | 'name' | 'distance';
  limit: number;
  offset: number;
  groupBy: 'ageGroup' | 'targetGroup' | null;
  groupSize: number;
}

export interface OfferSummaryRow {
  offer_id: string;
  name: string;
  description: string;
  easy_read: string | null;
  pictogram: string | null;
  life_domains: string[];
  target_groups: string[];
  legal_basis: string | null;
  free_of_charge: boolean;
  self_referral: boolean;
  accessibility: string[];
  minimum_age: number | null;
  maximum_age: number | null;
  capacity_places: number | null;
  capacity_free: number | null;
  waiting_list: number | null;
  confirmed_at: string | null;
  organization_id: string;
  organization_name: string;
  place_name: string | null;
  place_city: string | null;
  distance_km: number | null;
}

export interface OfferSearchRow {
  total: number;
  items: OfferSummaryRow[] | null;
  groups: { key: string; count: number; items: OfferSummaryRow[] }[] | null;
  facets: {
    targetGroup: { key: string; count: number }[] | null;
    lifeDomain: { key: string; count: number }[] | null;
    ageGroup: { key: string; count: number }[] | null;
    legalBasis: { key: string; count: number }[] | null;
    accessibility: { key: string; count: number }[] | null;
    free: number;
    selfReferral: number;
    freePlaces: number;
  };
}

const ageGroupValues = sql.join(ageGroups.map((g) => sql`(${sql.lit(g.key)}, ${sql.lit(g.from)}, ${sql.lit(g.to)})`));

/** Great-circle distance from a point to a location row `l` (the same haversine as domain/geo.ts). */
function distanceFrom(point: Coordinates): RawBuilder<number> {
  const lat = sql`${point.latitude}::float8`;
  const lon = sql`${point.longitude}::float8`;
  return sql<number>`2 * 6371.0088 * asin(least(1, sqrt(power(sin(radians(l.latitude - ${lat}) / 2), 2) + cos(radians(${lat})) * cos(radians(l.latitude)) * power(sin(radians(l.longitude - ${lon}) / 2), 2))))`;
}

function conditions(f: OfferSearchFilter): RawBuilder<unknown>[] {
  const where: RawBuilder<unknown>[] = [sql`o.tenant_id = ${f.tenantId}`, sql`o.lifecycle = 'published'`];
  if (f.targetGroups.length > 0) where.push(sql`o.target_groups && ${f.targetGroups}::text[]`);
  if (f.lifeDomains.length > 0) where.push(sql`o.life_domains && ${f.lifeDomains}::text[]`);
  if (f.accessibility.length > 0) where.push(sql`o.accessibility @> ${f.accessibility}::text[]`);
  if (f.legalBases.length > 0) where.push(sql`o.legal_basis = ANY(${f.legalBases}::text[])`);
  if (f.freeOfCharge) where.push(sql`o.free_of_charge`);
  if (f.selfReferral) where.push(sql`o.self_referral`);
  if (f.freePlaces) where.push(sql`o.capacity_free > 0`);
  if (f.age !== null) where.push(sql`(o.minimum_age IS NULL OR o.minimum_age <= ${f.age}::int) AND (o.maximum_age IS NULL OR o.maximum_age >= ${f.age}::int)`);
  if (f.ageRanges.length > 0) {
    const overlaps = f.ageRanges.map((r) => sql`((o.minimum_age IS NULL OR o.minimum_age <= ${r.to}::int) AND (o.maximum_age IS NULL OR o.maximum_age >= ${r.from}::int))`);
    where.push(sql`(${sql.join(overlaps, sql` OR `)})`);
  }
  if (f.day !== null || f.time !== null) {
    const open: RawBuilder<unknown>[] = [sql`(s.valid_to IS NULL OR s.valid_to >= ${f.today}::date)`, sql`(s.until IS NULL OR s.until >= ${f.today}::date)`];
    // Two-letter day codes never overlap, so a day is in BYDAY ('MO,WE', '1MO') when its code is in the text.
    if (f.day !== null) open.push(sql`((s.freq = 'DAILY' AND s.byday IS NULL) OR strpos(s.byday, ${f.day}) > 0)`);
    if (f.time !== null) open.push(sql`s.opens_at <= ${f.time}::time AND s.closes_at > ${f.time}::time`);
    where.push(sql`EXISTS (SELECT 1 FROM offer_schedule s WHERE s.tenant_id = o.tenant_id AND s.offer_id = o.offer_id AND ${sql.join(open, sql` AND `)})`);
  }
  return where;
}

/**
 * The whole search in one statement: the matching published offers, their count, the requested page (and, with
 * groupBy, the first offers of each group) with organisation and place, and the facet counts over all matches.
 * The text depends on which filters are used, not on their values, so each combination is a prepared statement
 * that uses the indexes it needs (GIN on the Danish tsvector, trigrams, the arrays).
 */
/**
 * How the words select and rank: by Danish stemming (the tsvector, weighted name > easy-read > description) — and
 * only when the words match no published offer at all (a misspelt word), by trigram word similarity to the names.
 * Trying the typo match on every search would compare every offer's name with the words; the existence probe is
 * answered from the first match, and the plan's one-time filter then skips the typo branch.
 */
function wordBranches(f: OfferSearchFilter & { words: string }, columns: RawBuilder<unknown>, where: RawBuilder<unknown>): RawBuilder<unknown> {
  const query = sql`websearch_to_tsquery('danish', ${f.words})`;
  const lowered = f.words.toLowerCase();
  return sql`
      SELECT ${columns}, ts_rank(o.search_document, ${query}) AS rank FROM offer o WHERE ${where} AND o.search_document @@ ${query}
      UNION ALL
      SELECT ${columns}, word_similarity(${lowered}, o.search_words) AS rank FROM offer o
      WHERE NOT EXISTS (SELECT 1 FROM offer x WHERE x.tenant_id = ${f.tenantId} AND x.lifecycle = 'published' AND x.search_document @@ ${query})
        AND ${where} AND ${lowered} <% o.search_words`;
}

export async function searchOfferRows(trx: Tx, f: OfferSearchFilter): Promise<OfferSearchRow> {
  const worded = f.words !== null;
  const distance = f.near
    ? sql`(SELECT min(${distanceFrom(f.near)}) FROM offer_location ol JOIN location l ON l.tenant_id = ol.tenant_id AND l.location_id = ol.location_id WHERE ol.tenant_id = o.tenant_id AND ol.offer_id = o.offer_id AND l.latitude IS NOT NULL)`
    : sql`NULL::float8`;
  const order =
    f.sort === 'distance' && f.near ? sql`m.distance_km ASC NULLS LAST, m.name, m.offer_id` : f.sort === 'relevance' && worded ? sql`m.rank DESC, m.name, m.offer_id` : sql`m.name, m.offer_id`;
  const within = f.near && f.withinKm !== null ? sql`WHERE distance_km <= ${f.withinKm}::float8` : sql``;
  const groups =
    f.groupBy === 'targetGroup'
      ? sql`SELECT g AS key, m.* FROM matched m, unnest(m.target_groups) g`
      : sql`SELECT g.key, m.* FROM matched m JOIN (VALUES ${ageGroupValues}) AS g(key, age_from, age_to)
              ON (m.minimum_age IS NULL OR m.minimum_age <= g.age_to) AND (m.maximum_age IS NULL OR m.maximum_age >= g.age_from)`;

  const columns = sql`o.offer_id, o.name, left(o.description, 400) AS description, o.easy_read, o.pictogram, o.life_domains, o.target_groups,
    o.legal_basis, o.free_of_charge, o.self_referral, o.accessibility, o.minimum_age, o.maximum_age, o.capacity_places, o.capacity_free,
    o.waiting_list, o.confirmed_at, o.organization_id, o.tenant_id, ${distance} AS distance_km`;
  const where = sql.join(conditions(f), sql` AND `);
  const described = (rows: RawBuilder<unknown>) => sql`
    SELECT r.*, org.name AS organization_name, pl.name AS place_name, pl.city AS place_city
    FROM ${rows} r
    JOIN organization org ON org.tenant_id = r.tenant_id AND org.organization_id = r.organization_id
    LEFT JOIN LATERAL (
      SELECT l.name, l.city FROM offer_location ol JOIN location l ON l.tenant_id = ol.tenant_id AND l.location_id = ol.location_id
      WHERE ol.tenant_id = r.tenant_id AND ol.offer_id = r.offer_id ORDER BY l.name NULLS LAST, l.location_id LIMIT 1
    ) pl ON true`;

  const result = await sql`
    WITH candidates AS (
      ${f.words !== null ? wordBranches({ ...f, words: f.words }, columns, where) : sql`SELECT ${columns}, 0::float8 AS rank FROM offer o WHERE ${where}`}
    ),
    matched AS (SELECT * FROM candidates ${within}),
    page AS (SELECT m.*, row_number() OVER (ORDER BY ${order}) AS n FROM matched m ORDER BY ${order} LIMIT ${f.limit} OFFSET ${f.offset}),
    grouped AS (
      ${
        f.groupBy
          ? sql`SELECT * FROM (SELECT m.*, row_number() OVER (PARTITION BY m.key ORDER BY ${order}) AS n, count(*) OVER (PARTITION BY m.key) AS group_count FROM (${groups}) m) y WHERE n <= ${f.groupSize}`
          : sql`SELECT NULL::text AS key, NULL::int AS n, NULL::int AS group_count, m.* FROM matched m WHERE false`
      }
    )
    SELECT
      (SELECT count(*) FROM matched)::int AS total,
      (SELECT json_agg(row_to_json(x) ORDER BY x.n) FROM (${described(sql`page`)}) x) AS items,
      (SELECT json_agg(json_build_object('key', key, 'count', group_count, 'items', items) ORDER BY group_count DESC, key)
         FROM (SELECT key, max(group_count)::int AS group_count, json_agg(row_to_json(x) ORDER BY x.n) AS items FROM (${described(sql`grouped`)}) x GROUP BY key) gg) AS groups,
      json_build_object(
        'targetGroup', (SELECT json_agg(json_build_object('key', g, 'count', n) ORDER BY n DESC, g) FROM (SELECT g, count(*)::int AS n FROM matched, unnest(target_groups) g GROUP BY g) x),
        'lifeDomain', (SELECT json_agg(json_build_object('key', d, 'count', n) ORDER BY n DESC, d) FROM (SELECT d, count(*)::int AS n FROM matched, unnest(life_domains) d GROUP BY d) x),
        'accessibility', (SELECT json_agg(json_build_object('key', a, 'count', n) ORDER BY n DESC, a) FROM (SELECT a, count(*)::int AS n FROM matched, unnest(accessibility) a GROUP BY a) x),
        'legalBasis', (SELECT json_agg(json_build_object('key', legal_basis, 'count', n) ORDER BY n DESC, legal_basis) FROM (SELECT legal_basis, count(*)::int AS n FROM matched WHERE legal_basis IS NOT NULL GROUP BY legal_basis) x),
        'ageGroup', (SELECT json_agg(json_build_object('key', key, 'count', n) ORDER BY age_from) FROM (
            SELECT g.key, g.age_from, count(*)::int AS n FROM (VALUES ${ageGroupValues}) AS g(key, age_from, age_to)
            JOIN matched m ON (m.minimum_age IS NULL OR m.minimum_age <= g.age_to) AND (m.maximum_age IS NULL OR m.maximum_age >= g.age_from)
            GROUP BY g.key, g.age_from) x),
        'free', (SELECT count(*)::int FROM matched WHERE free_of_charge),
        'selfReferral', (SELECT count(*)::int FROM matched WHERE self_referral),
        'freePlaces', (SELECT count(*)::int FROM matched WHERE capacity_free > 0)
      ) AS facets
  `.execute(trx);
  const row = result.rows[0] as OfferSearchRow;
  return row;
}
