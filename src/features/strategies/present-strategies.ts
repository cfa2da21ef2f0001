import type { Activity, ActivityNote, Selection, StrategyListItem } from '../../contracts/strategies.js';
import { rollUpStatus, type ActivityStatus } from '../../domain/strategy-status.js';
import type { ActivityRow, FocusAreaRow, NoteRow, SelectionRow, StrategyRow } from './strategy-repository.js';
import { staleness } from './strategy-rules.js';

/** Turns rows into the contracts' shapes; pure apart from the day `today` it judges staleness by. */

const named = (id: string | null, name: string | null | undefined) => (id !== null && name ? { id, name } : null);

export function presentActivity(row: ActivityRow, today: string): Activity {
  const createdOn = row.created_at.toISOString().slice(0, 10);
  const lastNoteOn = (row.last_note_on as string | null) ?? null;
  return {
    id: row.activity_id,
    focusAreaId: row.focus_area_id,
    title: row.title,
    description: row.description,
    status: row.status,
    periodFrom: row.period_from,
    periodTo: row.period_to,
    workingGroup: named(row.working_group_id, row.working_group_name),
    ownerUnit: named(row.owner_unit_id, row.owner_unit_name),
    responsible: named(row.responsible_user_id, row.responsible_name),
    unGoals: row.un_goals as Activity['unGoals'],
    nationalGoals: row.national_goals as Activity['nationalGoals'],
    indicatorKeys: row.indicator_keys,
    lastNoteOn,
    stale: staleness({ status: row.status, periodFrom: row.period_from, lastNoteOn, createdOn }, today).stale,
    version: row.version,
  };
}

export function presentNote(row: NoteRow): ActivityNote {
  return {
    id: row.note_id,
    notedOn: row.noted_on,
    body: row.body,
    statusFrom: row.status_from,
    statusTo: row.status_to,
    writtenBy: row.written_by_name ?? null,
    writtenAt: row.written_at.toISOString(),
  };
}

/** The newest decision of each year is the current one; the rest are kept, superseded. */
export function presentSelections(rows: readonly SelectionRow[]): Selection[] {
  const seen = new Set<number>();
  return rows.map((row) => {
    const current = !seen.has(row.year);
    seen.add(row.year);
    return {
      id: row.selection_id,
      year: row.year,
      decidedOn: row.decided_on,
      body: { id: row.body_id, name: row.body_name },
      agendaReference: row.agenda_reference,
      note: row.note,
      recordedAt: row.recorded_at.toISOString(),
      current,
      focusAreas: row.items.map((item) => ({
        id: item.focus_area_id,
        number: item.number,
        name: item.name,
        strategy: { id: item.strategy_id, name: item.strategy_name },
        workingGroup: named(item.working_group_id, item.working_group_name),
      })),
    };
  });
}

export interface SteeringData {
  strategies: StrategyRow[];
  focusAreas: FocusAreaRow[];
  activities: ActivityRow[];
  /** The current selection of the year the page is about, if the committee has decided. */
  thisYear: Selection | null;
}

/** The list entries: each strategy with its focus areas' and its own roll-up, and what is selected this year. */
export function presentStrategyList(data: SteeringData): StrategyListItem[] {
  const byId = new Map(data.strategies.map((s) => [s.strategy_id, s]));
  const selected = new Set(data.thisYear?.focusAreas.map((f) => f.id) ?? []);
  const statusesOf = (focusAreaId: string) => data.activities.filter((a) => a.focus_area_id === focusAreaId).map((a) => a.status as ActivityStatus);
  return data.strategies.map((s) => {
    const areas = data.focusAreas.filter((f) => f.strategy_id === s.strategy_id);
    const successor = data.strategies.find((other) => other.succeeds_id === s.strategy_id);
    const parent = s.parent_id ? byId.get(s.parent_id) : undefined;
    const succeeds = s.succeeds_id ? byId.get(s.succeeds_id) : undefined;
    return {
      id: s.strategy_id,
      key: s.key,
      kind: s.kind,
      name: s.name,
      summary: s.summary,
      periodFrom: s.period_from,
      periodTo: s.period_to,
      parent: parent ? { id: parent.strategy_id, name: parent.name } : null,
      succeeds: succeeds ? { id: succeeds.strategy_id, name: succeeds.name } : null,
      succeededBy: successor ? { id: successor.strategy_id, name: successor.name } : null,
      values: s.values,
      lifeDomains: s.life_domains,
      status: rollUpStatus(areas.flatMap((f) => statusesOf(f.focus_area_id))),
      focusAreas: areas.map((f) => ({ id: f.focus_area_id, number: f.number, track: f.track, name: f.name, status: rollUpStatus(statusesOf(f.focus_area_id)), selectedThisYear: selected.has(f.focus_area_id) })),
    };
  });
}
