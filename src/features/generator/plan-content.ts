import type { LifeDomain } from '../../domain/plan-parts.js';
import { weightedChoice } from './weighted-choice.js';

/**
 * What goes into the synthetic plans: goals in the citizen's own words per life domain with their KL FFB goal
 * type, the steps towards them with a pictogram, meeting agreements, comments, dreams, network relations and
 * addresses in the municipality. Written in the plain Danish the plans are written in, with the citizen.
 */
export type GoalType = 'develop' | 'maintain' | 'limit-loss';

export interface GoalIdea {
  title: string;
  goalType: GoalType;
  steps: readonly (readonly [text: string, pictogram: string])[];
}

const goal = (title: string, goalType: GoalType, steps: GoalIdea['steps']): GoalIdea => ({ title, goalType, steps });

export const goalIdeas: Record<LifeDomain, readonly GoalIdea[]> = {
  health: [
    goal('Jeg vil sove bedre om natten', 'develop', [['Gå i seng kl. 23 på hverdage', 'sleep'], ['Slukke telefonen en time før sengetid', 'phone'], ['Skrive i søvndagbogen hver morgen', 'calendar'], ['Tale med lægen om min søvn', 'heart']]),
    goal('Jeg vil huske at tage min medicin', 'maintain', [['Bruge doseringsæsken hver søndag', 'medicine'], ['Sætte alarm på telefonen kl. 8', 'phone'], ['Hente medicin på apoteket selv', 'medicine']]),
    goal('Jeg vil bevæge mig mere', 'develop', [['Gå en tur rundt om søen to gange om ugen', 'exercise'], ['Prøve holdtræning i fitnesscentret', 'exercise'], ['Cykle til aktivitetshuset', 'exercise']]),
    goal('Jeg vil spise sundere', 'develop', [['Lave en madplan for ugen', 'food'], ['Handle ind efter madplanen', 'shopping'], ['Lave varm mad tre dage om ugen', 'food']]),
    goal('Jeg vil have færre dage med angst', 'develop', [['Lave vejrtrækningsøvelser når det bliver svært', 'heart'], ['Fortælle min kontaktperson hvordan ugen har været', 'people'], ['Gå til samtaler hos psykologen', 'meeting']]),
    goal('Jeg vil drikke mindre', 'limit-loss', [['Holde to dage om ugen uden alkohol', 'calendar'], ['Gå til samtale i rusmiddelcentret', 'meeting'], ['Skrive ned hvad jeg drikker', 'calendar']]),
    goal('Jeg vil passe på min ryg, så jeg kan blive ved med at gå', 'limit-loss', [['Lave øvelserne fra fysioterapeuten', 'exercise'], ['Gå til fysioterapi hver tirsdag', 'bus']]),
    goal('Jeg vil selv bestille tid hos lægen', 'develop', [['Finde lægens telefonnummer frem', 'phone'], ['Øve hvad jeg vil sige', 'people'], ['Ringe til lægen om morgenen', 'phone']]),
    goal('Jeg vil kunne klare min personlige hygiejne selv', 'maintain', [['Gå i bad hver anden dag', 'house'], ['Vaske tøj om mandagen', 'house']]),
  ],
  social: [
    goal('Jeg vil have en ven at lave noget sammen med', 'develop', [['Gå med i spilaftenen i værestedet', 'people'], ['Skrive til en fra holdet', 'phone'], ['Invitere en på kaffe', 'food']]),
    goal('Jeg vil se min familie oftere', 'develop', [['Ringe til min mor hver søndag', 'phone'], ['Tage bussen til min søster en gang om måneden', 'bus'], ['Planlægge fødselsdage i kalenderen', 'calendar']]),
    goal('Jeg vil turde tale i en gruppe', 'develop', [['Sige én ting på gruppemødet', 'meeting'], ['Øve med min kontaktperson inden mødet', 'people']]),
    goal('Jeg vil blive bedre til at sige fra', 'develop', [['Tale med min kontaktperson om svære situationer', 'people'], ['Øve at sige nej', 'people']]),
    goal('Jeg vil holde kontakten til mine venner', 'maintain', [['Skrive til en ven hver uge', 'phone'], ['Gå til fællesspisning om torsdagen', 'food']]),
    goal('Jeg vil ikke være så ensom i weekenderne', 'develop', [['Finde en aktivitet om lørdagen', 'calendar'], ['Ringe til besøgsvennen', 'phone']]),
    goal('Jeg vil have et godt forhold til min kæreste', 'maintain', [['Tale om hvordan vi fordeler opgaverne', 'people'], ['Lave en hyggeaften hver uge', 'heart']]),
  ],
  leisure: [
    goal('Jeg vil have noget at lave om eftermiddagen', 'develop', [['Besøge aktivitetshuset', 'bus'], ['Prøve værkstedet i en måned', 'people'], ['Vælge et fast hold', 'calendar']]),
    goal('Jeg vil spille fodbold igen', 'develop', [['Finde et hold i foreningen', 'computer'], ['Tage med til prøvetræning', 'ball'], ['Købe fodboldstøvler', 'shopping']]),
    goal('Jeg vil selv kunne tage bussen til byen', 'develop', [['Øve turen med min støtteperson', 'bus'], ['Lære at bruge Rejsekort-appen', 'phone'], ['Tage turen alene en dag', 'bus']]),
    goal('Jeg vil blive ved med at gå til svømning', 'maintain', [['Pakke svømmetasken aftenen før', 'calendar'], ['Tage bussen til svømmehallen om onsdagen', 'bus']]),
    goal('Jeg vil lære at male', 'develop', [['Melde mig til maleholdet', 'computer'], ['Købe pensler og farver', 'shopping']]),
    goal('Jeg vil på ferie en uge til sommer', 'develop', [['Lægge penge til side hver måned', 'money'], ['Finde et sted at bo', 'computer'], ['Bestille togbilletter', 'bus']]),
    goal('Jeg vil gå til musik i foreningen', 'develop', [['Ringe til foreningen', 'phone'], ['Tage med til første øveaften', 'people']]),
  ],
  housing: [
    goal('Jeg vil selv kunne betale mine regninger til tiden', 'develop', [['Lave et budget med min bostøtte', 'money'], ['Tilmelde regningerne til Betalingsservice', 'computer'], ['Tjekke e-Boks hver mandag', 'computer']]),
    goal('Jeg vil holde orden i min lejlighed', 'maintain', [['Gøre rent i køkkenet hver fredag', 'house'], ['Tage skraldet ned hver dag', 'house'], ['Lave en rengøringsplan', 'calendar']]),
    goal('Jeg vil finde en lejlighed, jeg selv kan klare', 'develop', [['Skrive mig op i boligforeningen', 'computer'], ['Se lejligheder med min sagsbehandler', 'house'], ['Søge om boligstøtte', 'money']]),
    goal('Jeg vil kunne blive boende i min egen bolig', 'limit-loss', [['Have besøg af bostøtten to gange om ugen', 'people'], ['Åbne posten sammen med bostøtten', 'house']]),
    goal('Jeg vil lave mad selv', 'develop', [['Lave mad sammen med en medarbejder om tirsdagen', 'food'], ['Lære tre nemme retter', 'food'], ['Handle ind efter en indkøbsliste', 'shopping']]),
    goal('Jeg vil have styr på min post og e-Boks', 'develop', [['Åbne e-Boks sammen med bostøtten', 'computer'], ['Sortere posten i tre bunker', 'house']]),
    goal('Jeg vil have en fast rytme i hverdagen', 'maintain', [['Stå op kl. 8 på hverdage', 'sleep'], ['Bruge ugeskemaet på køleskabet', 'calendar']]),
  ],
  work: [
    goal('Jeg vil i praktik', 'develop', [['Tale med jobkonsulenten om hvad jeg kan', 'meeting'], ['Besøge en arbejdsplads', 'briefcase'], ['Starte i praktik to dage om ugen', 'briefcase']]),
    goal('Jeg vil have et fritidsjob', 'develop', [['Skrive et CV', 'computer'], ['Søge tre job', 'computer'], ['Øve jobsamtale med mentoren', 'people']]),
    goal('Jeg vil tage 9. klasses prøve', 'develop', [['Starte på VUC', 'bus'], ['Lave lektier to gange om ugen', 'computer']]),
    goal('Jeg vil blive i mit fleksjob', 'maintain', [['Tale med min chef om mine skånehensyn', 'meeting'], ['Holde pauser som aftalt', 'calendar']]),
    goal('Jeg vil op på flere timer', 'develop', [['Gå fra 10 til 15 timer om ugen', 'briefcase'], ['Følge op med mentoren hver fjortende dag', 'meeting']]),
    goal('Jeg vil møde til tiden', 'develop', [['Sætte to alarmer om morgenen', 'phone'], ['Tage bussen kl. 7.15', 'bus']]),
    goal('Jeg vil finde ud af hvad jeg gerne vil arbejde med', 'develop', [['Tage en interessetest med jobkonsulenten', 'computer'], ['Besøge to uddannelsessteder', 'bus']]),
  ],
};

/** How the goals of a plan are spread over the life domains. */
export const domainWeights = weightedChoice<LifeDomain>([['health', 26], ['social', 20], ['housing', 22], ['leisure', 16], ['work', 16]]);

/** Extra steps the team adds to any goal. */
export const genericSteps: readonly (readonly [string, string])[] = [
  ['Tale om hvordan det går på næste møde', 'meeting'],
  ['Skrive i kalenderen hvornår det skal ske', 'calendar'],
  ['Ringe til kontaktpersonen hvis det bliver svært', 'phone'],
  ['Bede min familie om hjælp', 'people'],
];

export const goalDescriptions: readonly string[] = [
  'Det er vigtigt for mig, fordi jeg gerne vil klare mere selv.',
  'Vi har talt om det på borgerplansmødet.',
  'Jeg har prøvet før, og det gik godt i starten.',
  'Min kontaktperson hjælper mig med at komme i gang.',
  'Det skal gå i mit eget tempo.',
];

export const dreams: readonly (readonly [string, LifeDomain | null])[] = [
  ['Jeg drømmer om at bo i mit eget hus med en have', 'housing'],
  ['Jeg vil gerne have et rigtigt arbejde', 'work'],
  ['Jeg vil gerne have en kæreste', 'social'],
  ['Jeg drømmer om at rejse til Spanien', 'leisure'],
  ['Jeg vil gerne have en hund', null],
  ['Jeg vil have det godt og ikke være så træt', 'health'],
  ['Jeg vil gerne tage kørekort', 'leisure'],
  ['Jeg vil gerne se mine børn mere', 'social'],
  ['Jeg vil gerne være uddannet tømrer', 'work'],
  ['Jeg vil klare mig uden hjælp en dag', null],
];

export const agreements: readonly string[] = [
  'Følger op på praktikken',
  'Søger om boligstøtte',
  'Ringer til lægen og bestiller tid',
  'Laver et nyt ugeskema',
  'Undersøger hold i foreningen',
  'Tager kontakt til jobcentret',
  'Hjælper med budgettet',
  'Øver busturen to gange',
  'Sender referatet til borgeren',
  'Taler med familien om weekenderne',
];

export const meetingSummaries: readonly string[] = [
  'Vi talte om hvordan det er gået siden sidst. Det meste går godt, og vi justerede et par trin.',
  'Borgeren fortalte om sin hverdag. Vi blev enige om at fortsætte som nu og se på målene igen om et halvt år.',
  'Vi gennemgik målene. Et mål er nået, og vi lavede et nyt sammen.',
  'Det har været en svær periode. Vi aftalte mere støtte de næste måneder.',
  'Godt møde. Borgeren vil gerne prøve flere ting selv.',
];

export const meetingLocations: readonly string[] = ['Hjemme hos borgeren', 'Mødelokale 2, Rådhuset', 'Bostøtten, Værkstedsvej', 'Jobcentret', 'Aktivitetshuset', 'Online'];

export const comments: readonly string[] = [
  'Det gik rigtig godt i denne uge!',
  'Jeg synes det er svært, men jeg prøver.',
  'Vi tager det op igen på næste møde.',
  'Godt gået — du har været der hver gang.',
  'Kan vi flytte det til næste måned?',
  'Jeg har brug for lidt mere hjælp til det her.',
  'Det var dejligt at være med.',
  'Husk at tage papirerne med.',
];

/** Relation in the citizen's words and whether the person is a relative (pårørende). */
export const relations = weightedChoice<readonly [string, boolean]>([
  [['Mor', true], 20], [['Far', true], 14], [['Søster', true], 10], [['Bror', true], 10], [['Kæreste', true], 8],
  [['Datter', true], 6], [['Søn', true], 6], [['Moster', true], 3], [['Bedstemor', true], 3],
  [['Ven', false], 10], [['Veninde', false], 8], [['Nabo', false], 4], [['Værge', false], 3], [['Bisidder', false], 2], [['Besøgsven', false], 3],
]);

/** Streets, postal codes and towns of the synthetic municipality (the demo seed's Randers). */
export const streets: readonly string[] = [
  'Vestergade', 'Østervold', 'Jernbanegade', 'Tøjhushaven', 'Hobrovej', 'Viborgvej', 'Grenåvej', 'Mariagervej', 'Toldbodgade', 'Houmeden',
  'Nørrebrogade', 'Vorupvej', 'Kristrupvej', 'Tronholmen', 'Paderup Boulevard', 'Glarbjergvej', 'Hadsundvej', 'Bøsbrovej', 'Munkdrupvej', 'Lindevej',
];
export const postalAreas = weightedChoice<readonly [string, string]>([
  [['8900', 'Randers C'], 30], [['8920', 'Randers NV'], 15], [['8930', 'Randers NØ'], 14], [['8940', 'Randers SV'], 12], [['8960', 'Randers SØ'], 12],
  [['8870', 'Langå'], 5], [['8950', 'Ørsted'], 4], [['8981', 'Spentrup'], 3], [['8983', 'Gjerlev J'], 2], [['8990', 'Fårup'], 3],
]);

export const targetGroups = weightedChoice<readonly string[]>([
  [['mental-vulnerability'], 28], [['substance-abuse'], 12], [['autism'], 10], [['adhd'], 10], [['intellectual-disability'], 10], [['acquired-brain-injury'], 8],
  [['physical-disability'], 6], [['homelessness', 'substance-abuse'], 4], [['adhd', 'mental-vulnerability'], 6], [[], 6],
]);

export const communicationNeeds = weightedChoice<readonly string[]>([
  [['easy-read'], 30], [['pictograms'], 20], [['easy-read', 'pictograms'], 15], [['read-aloud'], 15], [['pictograms', 'read-aloud'], 8], [['interpreter'], 12],
]);
export const interpreterLanguages: readonly string[] = ['ar', 'so', 'tr', 'uk', 'fa', 'pl'];
