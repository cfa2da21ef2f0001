/** Which plan-meeting status changes make sense: a planned meeting is held or cancelled; a cancelled one may be planned again. */
export type MeetingStatus = 'planned' | 'held' | 'cancelled';

const allowed: Record<MeetingStatus, readonly MeetingStatus[]> = {
  planned: ['held', 'cancelled'],
  cancelled: ['planned'],
  held: [],
};

export function canChangeMeetingStatus(from: MeetingStatus, to: MeetingStatus): boolean {
  return from === to || allowed[from].includes(to);
}
