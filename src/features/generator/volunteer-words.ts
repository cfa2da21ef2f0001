import { weightedChoice } from './weighted-choice.js';

/**
 * The words of the synthetic volunteer corps and its accompaniments: what volunteers like and can, the languages they
 * speak, the activities citizens want company to in and around Randers (with a meeting place and its position), and
 * what people write afterwards. Weights are rough shares as a municipality's volunteer centre would see them.
 */

/** Interests as volunteers name them (the profile form's suggestions, domain/volunteer-courses.ts). */
export const interests = weightedChoice<string>([
  ['sport', 16], ['håndbold', 7], ['fodbold', 9], ['svømning', 8], ['gåture', 14], ['musik', 10], ['kunst', 5], ['natur', 11],
  ['café', 9], ['spil', 6], ['madlavning', 6], ['kirke', 3], ['teater', 4], ['biograf', 6],
]);

export const skills = weightedChoice<string>([
  ['kørekort', 10], ['erfaring med kørestol', 3], ['pædagogisk baggrund', 3], ['pensioneret sygeplejerske', 2], ['tegnsprog', 1],
  ['IT-hjælp', 3], ['cykelreparation', 2], ['tålmodig lytter', 4], ['erfaring fra psykiatrien', 2],
]);

/** Other languages than Danish, by the share of volunteers who speak them (ISO 639-1). */
export const extraLanguages: readonly (readonly [string, number])[] = [['en', 0.55], ['de', 0.1], ['ar', 0.04], ['uk', 0.02], ['tr', 0.02], ['so', 0.01], ['pl', 0.01]];

/** Postal districts the volunteers live in (domain/geo.ts), most in and around Randers. */
export const homeDistricts = weightedChoice<string>([
  ['8900', 30], ['8920', 12], ['8930', 12], ['8940', 10], ['8960', 10], ['8950', 3], ['8961', 3], ['8963', 2], ['8970', 2], ['8981', 3],
  ['8983', 2], ['8990', 2], ['8870', 3], ['8370', 2], ['9500', 2], ['9550', 1], ['8200', 1],
]);

/** A week's time a volunteer can give: ISO weekday (1 = Monday), from and to in minutes after midnight. */
export const slotPatterns = weightedChoice<readonly [weekdays: readonly number[], from: number, to: number]>([
  [[[1, 2, 3, 4, 5], 9 * 60, 12 * 60], 14],
  [[[1, 2, 3, 4, 5], 13 * 60, 16 * 60 + 30], 12],
  [[[1, 2, 3, 4, 5], 17 * 60, 21 * 60], 12],
  [[[1, 2, 3, 4, 5], 10 * 60, 15 * 60], 8],
  [[[6], 10 * 60, 13 * 60], 6],
  [[[6], 13 * 60, 18 * 60], 9],
  [[[7], 10 * 60, 14 * 60], 5],
  [[[7], 13 * 60, 17 * 60], 6],
]);

export interface ActivityIdea {
  activity: string;
  place: string;
  latitude: number;
  longitude: number;
  /** The interests it fits, as the matching reads the activity's words. */
  interests: readonly string[];
  /** [shortest, longest] in minutes, quarter hours. */
  minutes: readonly [number, number];
}

const idea = (activity: string, place: string, latitude: number, longitude: number, interests: string[], minutes: [number, number]): ActivityIdea => ({ activity, place, latitude, longitude, interests, minutes });

/** Activities described in words (the rest are the catalogue's offers), with where people meet. */
export const activityIdeas = weightedChoice<ActivityIdea>([
  [idea('Håndboldkamp i Arena Randers', 'Arena Randers, indgang A', 56.4575, 10.0045, ['sport', 'håndbold'], [120, 180]), 8],
  [idea('Fodboldkamp på Cepheus Park Randers', 'Cepheus Park, hovedindgangen', 56.458, 10.008, ['sport', 'fodbold'], [120, 180]), 7],
  [idea('Svømning i Randers Badeland', 'Randers Badeland, Fritidsvej', 56.4563, 10.0057, ['sport', 'svømning'], [90, 150]), 10],
  [idea('Gåtur i Fussingø Skov', 'P-pladsen ved Fussingø Slot', 56.479, 9.849, ['gåture', 'natur'], [90, 150]), 8],
  [idea('Gåtur langs Gudenåen', 'Ved Tøjhushaven', 56.46, 10.035, ['gåture', 'natur'], [60, 120]), 9],
  [idea('Koncert på Værket', 'Foran Værket, Mariagervej', 56.466, 10.045, ['musik', 'koncerter'], [150, 210]), 5],
  [idea('Koncert i Randers Koncertsal', 'Kulturhusets foyer, Tørvebryggen', 56.4595, 10.038, ['musik', 'koncerter'], [120, 180]), 3],
  [idea('Teaterforestilling på Randers Teater', 'Randers Teaters indgang', 56.461, 10.033, ['teater'], [150, 210]), 3],
  [idea('Biograftur i Kinorama', 'Kinorama, Østervold', 56.462, 10.042, ['biograf'], [120, 180]), 6],
  [idea('Besøg på Randers Kunstmuseum', 'Kulturhuset, Stemannsgade', 56.4605, 10.0385, ['kunst'], [90, 150]), 3],
  [idea('Tur i Randers Regnskov', 'Randers Regnskov, indgangen', 56.4585, 10.041, ['natur'], [120, 180]), 4],
  [idea('Kaffe og kage på café i byen', 'Rådhustorvet ved springvandet', 56.4607, 10.037, ['café'], [60, 120]), 8],
  [idea('Brætspilscafé på Hovedbiblioteket', 'Hovedbiblioteket, Stemannsgade', 56.4605, 10.0385, ['spil', 'café'], [90, 150]), 4],
  [idea('Fællesspisning i medborgerhuset', 'Nørrebro Medborgerhus', 56.47, 10.03, ['madlavning'], [90, 150]), 5],
  [idea('Gudstjeneste i Sankt Mortens Kirke', 'Kirketorvet', 56.4612, 10.0366, ['kirke'], [60, 120]), 2],
  [idea('Banko i Vorup Medborgerhus', 'Vorup Medborgerhus', 56.448, 10.062, ['spil'], [120, 180]), 3],
  [idea('Bowling i Randers Bowlingcenter', 'Bowlingcentret, Tronholmen', 56.452, 10.062, ['sport'], [90, 150]), 4],
  [idea('Fiskeri ved Gudenåen i Langå', 'Langå Station', 56.39, 9.9, ['natur'], [120, 240]), 2],
  [idea('Indkøb og en kop kaffe i Randers centrum', 'Randers Busterminal', 56.4595, 10.0325, ['café'], [60, 120]), 5],
  [idea('Loppemarked på torvet', 'Rådhustorvet', 56.4607, 10.037, [], [60, 120]), 2],
]);

/** Catalogue offers that make a companion's outing: the name says sport, swimming, walks, music, crafts or a café. */
export const companionableOffer = /svøm|gåtur|gågruppe|fodbold|håndbold|motion|badminton|bowling|petanque|kor |musikcafé|maleholdet|teater|værested|café|madlavning|fællesspisning|madklub/i;

export const needsNotes: readonly string[] = [
  'Bliver let træt og vil gerne have pauser undervejs.',
  'Kan blive urolig i store menneskemængder — sid gerne tæt ved en udgang.',
  'Bruger rollator.',
  'Vil gerne hentes ved hoveddøren.',
  'Har høreapparat; tal roligt og tydeligt.',
  'Kan godt lide at komme i god tid.',
  'Skal have taget medicin med; det husker borgeren selv.',
];

export const volunteerComments: readonly string[] = [
  'God tur, vi snakkede hele vejen hjem.',
  'Lidt urolig i starten, men det gik fint.',
  'Hyggelig eftermiddag.',
  'Vi tog bussen sammen; det gik godt.',
  'Borgeren var træt i dag, så vi gik tidligt.',
  'Fin oplevelse — vi har aftalt at tage afsted igen.',
  'Der var meget larm, så vi holdt et par pauser.',
];

export const citizenComments: readonly string[] = ['Det var rart.', 'Godt at have selskab.', 'Jeg vil gerne igen.', 'Det var lidt for meget larm.', 'Sød frivillig.'];

export const cancelReasons = {
  citizen: ['Borgeren var syg.', 'Borgeren havde ikke overskud i dag.', 'Aktiviteten blev aflyst.', 'Borgeren havde fået en anden aftale.'],
  volunteer: ['Den frivillige blev syg.', 'Den frivillige fik forfald i familien.'],
  coordinator: ['Ingen frivillig kunne den dag.', 'Aktiviteten blev aflyst af arrangøren.'],
} as const;

export const stopReasons: readonly string[] = ['Flyttet fra kommunen.', 'Har ikke længere tid.', 'Helbredet tillader det ikke længere.', 'Er begyndt i job.'];
