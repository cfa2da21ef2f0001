/**
 * How the volunteers who can go are put in order for the coordinator (issue 6). Who can go at all — available, not
 * away or busy, qualified, near enough — is decided before; this only ranks, and says why in reasons:
 *   1. continuity: has accompanied this citizen before (more times first) — the citizens asked for the same face;
 *   2. shared interests with the activity ('sport' fits a handball match, 'svømning' a swim);
 *   3. the languages the citizen needs ('language:ar');
 *   4. the shorter way to the meeting place; then the name, so the order is stable.
 */

export interface MatchCandidate {
  userId: string;
  name: string;
  interests: readonly string[];
  languages: readonly string[];
  /** Kilometres from home to the meeting place; null when either place is unknown. */
  distanceKm: number | null;
  /** Accompaniments with this citizen that took place. */
  timesWithCitizen: number;
}

export interface MatchRequest {
  activity: string;
  needs: readonly string[];
}

export type MatchReason =
  | { kind: 'continuity'; count: number }
  | { kind: 'interest'; interest: string }
  | { kind: 'language'; language: string }
  | { kind: 'distance'; km: number };

export interface RankedMatch extends MatchCandidate {
  sharedInterests: string[];
  languageMatches: string[];
  reasons: MatchReason[];
}

/**
 * The words in an activity's description that show an interest; an interest not listed is found as itself. Broad
 * interests ('sport', 'musik') cover their kinds, so "Håndboldkamp i Arena Randers" fits a volunteer who likes sport.
 */
const interestSignals: Readonly<Record<string, readonly string[]>> = {
  sport: ['sport', 'håndbold', 'fodbold', 'svøm', 'gymnastik', 'badminton', 'motion', 'fitness', 'cykl', 'bowling', 'tennis', 'løb', 'kamp', 'idræt', 'petanque', 'boccia'],
  svømning: ['svøm'],
  gåture: ['gåtur', 'gå en tur', 'vandring', 'vandretur'],
  musik: ['musik', 'koncert', 'kor', 'sang', 'spillested'],
  koncerter: ['koncert', 'spillested'],
  natur: ['natur', 'skov', 'strand', 'fiskeri', 'have'],
  kunst: ['kunst', 'museum', 'udstilling', 'maleri'],
  café: ['café', 'cafe', 'kaffe'],
  spil: ['spil', 'brætspil', 'kortspil'],
  madlavning: ['madlavning', 'mad ', 'fællesspisning', 'køkken'],
  kirke: ['kirke', 'gudstjeneste'],
  teater: ['teater', 'forestilling'],
  biograf: ['biograf', 'film'],
};

export function sharedInterests(interests: readonly string[], activity: string): string[] {
  const text = ` ${activity.toLocaleLowerCase('da')} `;
  return interests.filter((interest) => {
    const key = interest.toLocaleLowerCase('da').trim();
    if (!key) return false;
    return (interestSignals[key] ?? [key]).some((signal) => text.includes(signal));
  });
}

/** The languages among the needs ('language:ar' → 'ar'). */
export function neededLanguages(needs: readonly string[]): string[] {
  return needs.filter((n) => n.startsWith('language:')).map((n) => n.slice('language:'.length));
}

export function rankMatches(candidates: readonly MatchCandidate[], request: MatchRequest): RankedMatch[] {
  const languages = neededLanguages(request.needs);
  const ranked = candidates.map((candidate): RankedMatch => {
    const interests = sharedInterests(candidate.interests, request.activity);
    const languageMatches = languages.filter((l) => candidate.languages.includes(l));
    const reasons: MatchReason[] = [
      ...(candidate.timesWithCitizen > 0 ? [{ kind: 'continuity' as const, count: candidate.timesWithCitizen }] : []),
      ...interests.map((interest) => ({ kind: 'interest' as const, interest })),
      ...languageMatches.map((language) => ({ kind: 'language' as const, language })),
      ...(candidate.distanceKm !== null ? [{ kind: 'distance' as const, km: candidate.distanceKm }] : []),
    ];
    return { ...candidate, sharedInterests: interests, languageMatches, reasons };
  });
  return ranked.sort(compareMatches);
}

function compareMatches(a: RankedMatch, b: RankedMatch): number {
  return (
    Number(b.timesWithCitizen > 0) - Number(a.timesWithCitizen > 0) ||
    b.timesWithCitizen - a.timesWithCitizen ||
    b.sharedInterests.length - a.sharedInterests.length ||
    b.languageMatches.length - a.languageMatches.length ||
    (a.distanceKm ?? Number.POSITIVE_INFINITY) - (b.distanceKm ?? Number.POSITIVE_INFINITY) ||
    a.name.localeCompare(b.name, 'da') ||
    a.userId.localeCompare(b.userId)
  );
}
