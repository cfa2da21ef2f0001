import type { OfferTargetGroup } from '../../domain/catalogue-vocabulary.js';
import { weightedChoice } from './weighted-choice.js';

/**
 * The words the synthetic catalogue is written with: how the target groups are named in an offer's name, the places
 * in and around Randers, the names of associations, NGOs, regional and private providers, and the sentences any offer
 * may carry. Plain Danish as the municipality's own catalogue is written, with the words inflected as real texts
 * inflect them ("boligen", "boliger", "samtaler"), so that Danish stemming meets what it meets on real data.
 */

/** How an offer's name and text speak of a target group: [in a name, in a sentence]. */
export const groupPhrases: Record<OfferTargetGroup, readonly (readonly [string, string])[]> = {
  'substance-abuse': [['borgere med misbrug', 'voksne, der har et misbrug af alkohol, hash eller andre stoffer'], ['mennesker med alkoholproblemer', 'dig, der drikker mere, end du har godt af']],
  'mental-vulnerability': [['psykisk sårbare', 'voksne, der er psykisk sårbare'], ['mennesker med angst og depression', 'dig, der har angst, depression eller stress']],
  'physical-disability': [['voksne med fysisk handicap', 'voksne med et fysisk handicap'], ['kørestolsbrugere', 'dig, der bruger kørestol eller rollator']],
  'intellectual-disability': [['voksne med udviklingshæmning', 'voksne med udviklingshæmning'], ['voksne med kognitive vanskeligheder', 'dig, der har brug for ekstra tid og en fast struktur']],
  'acquired-brain-injury': [['voksne med erhvervet hjerneskade', 'voksne, der har fået en hjerneskade efter en ulykke eller sygdom'], ['mennesker med senhjerneskade', 'dig, der lever med følgerne af en blodprop eller hjerneblødning']],
  autism: [['voksne med autisme', 'voksne med autisme'], ['unge med autisme', 'unge med autisme, der har brug for forudsigelighed']],
  adhd: [['voksne med ADHD', 'voksne med ADHD eller ADD'], ['unge med ADHD', 'unge, der har svært ved at holde fokus og styr på hverdagen']],
  homelessness: [['hjemløse', 'borgere uden fast bolig'], ['borgere uden egen bolig', 'dig, der sover hos venner, på herberg eller på gaden']],
  relatives: [['pårørende', 'pårørende og familie'], ['familie og netværk', 'dig, der er pårørende til en, du holder af']],
};

/** Towns and quarters of the synthetic municipality, weighted roughly by how many live there. Postal codes are in domain/geo.ts. */
export const districts = weightedChoice<readonly [postalCode: string, quarter: string]>([
  [['8900', 'Randers C'], 10], [['8900', 'Indre By'], 8], [['8900', 'Nordbyen'], 6], [['8900', 'Østbyen'], 6],
  [['8920', 'Randers NV'], 4], [['8920', 'Hald Ege'], 3], [['8920', 'Harridslev'], 2], [['8930', 'Dronningborg'], 5], [['8930', 'Paderup'], 4],
  [['8930', 'Romalt'], 2], [['8940', 'Vorup'], 6], [['8940', 'Hornbæk'], 4], [['8960', 'Kristrup'], 7], [['8960', 'Assentoft'], 4],
  [['8870', 'Langå'], 5], [['8950', 'Ørsted'], 3], [['8981', 'Spentrup'], 3], [['8983', 'Gjerlev J'], 2], [['8990', 'Fårup'], 3],
  [['8970', 'Havndal'], 2], [['8961', 'Allingåbro'], 2], [['8963', 'Auning'], 1], [['9550', 'Mariager'], 1], [['8370', 'Hadsten'], 1],
]);

export const streets: readonly string[] = [
  'Vestergade', 'Østervold', 'Jernbanegade', 'Tøjhushaven', 'Hobrovej', 'Viborgvej', 'Grenåvej', 'Mariagervej', 'Toldbodgade', 'Houmeden',
  'Nørrebrogade', 'Vorupvej', 'Kristrupvej', 'Tronholmen', 'Paderup Boulevard', 'Glarbjergvej', 'Gl. Hadsundvej', 'Bøsbrovej', 'Munkdrupvej', 'Lindevej',
  'Skovvej', 'Stationsvej', 'Kirkegade', 'Søndergade', 'Skolegade', 'Møllevej', 'Engvej', 'Parkvej', 'Ydunsvej', 'Fabrikvej',
];

/** Where things happen: a venue is named with its quarter ("Medborgerhuset i Vorup"). */
export const venues: readonly string[] = [
  'Medborgerhuset', 'Aktivitetshuset', 'Kulturhuset', 'Sognegården', 'Idrætscentret', 'Svømmehallen', 'Biblioteket', 'Fritidscentret',
  'Værkstedshuset', 'Beboerhuset', 'Foreningshuset', 'Hallen', 'Sundhedshuset', 'Frivillighuset', 'Ungdomshuset', 'Klubhuset',
];

/** Places for walks and outdoor activities. */
export const natureSpots: readonly string[] = ['Gudenåen', 'Fladbro Skov', 'Tronholmen', 'Randers Fjord', 'Nørreåen', 'Skovbakken', 'Tjærbyvej Sø', 'Romalt Bakker'];

export const transportation: readonly string[] = [
  'Bus 2 og 5 stopper lige ved huset.',
  'Fem minutters gang fra Randers Station og Busterminalen.',
  'Der er gratis parkering ved indgangen.',
  'Bybussen holder hvert tiende minut ved stoppestedet foran.',
  'Der er cykelparkering og handicapparkering ved døren.',
  'Flextur kan bestilles hertil.',
];

/** Names of associations: a kind of club with a quarter before or after it. */
export const associationNames = weightedChoice<(quarter: string) => string>([
  [(q) => `${q} Svømmeklub`, 4], [(q) => `${q} Boldklub`, 5], [(q) => `${q} Gymnastikforening`, 4], [(q) => `${q} Håndboldklub`, 3],
  [(q) => `Motionsforeningen ${q}`, 3], [(q) => `${q} Petanqueklub`, 2], [(q) => `Gå-klubben i ${q}`, 2], [(q) => `${q} Kor`, 2],
  [(q) => `Kunstforeningen ${q}`, 2], [(q) => `Madklubben ${q}`, 2], [(q) => `Cykelklubben ${q}`, 2], [(q) => `Aktivitetsforeningen ${q}`, 3],
  [(q) => `Beboerforeningen ${q}`, 2], [(q) => `${q} Bowlingklub`, 1], [(q) => `Bevæg dig for livet — ${q}`, 2],
]);

export const ngoNames = weightedChoice<(quarter: string) => string>([
  [(q) => `Røde Kors ${q}`, 3], [(q) => `Kirkens Korshær, ${q}`, 3], [(q) => `Frelsens Hær, ${q}`, 1], [(q) => `LEV ${q}`, 2],
  [(q) => `Landsforeningen Autisme, ${q}`, 2], [(q) => `SIND ${q}`, 2], [(q) => `Hjernesagen ${q}`, 2], [(q) => `ADHD-foreningen ${q}`, 2],
  [(q) => `Ældre Sagen ${q}`, 2], [(q) => `Bedre Psykiatri ${q}`, 2], [(q) => `KFUM's Sociale Arbejde ${q}`, 1], [(q) => `Headspace ${q}`, 1],
  [(q) => `Blå Kors ${q}`, 1], [(q) => `Settlementet ${q}`, 1], [(q) => `Frivilligcenter ${q}`, 2], [(q) => `Natteravnene ${q}`, 1],
]);

export const regionNames = weightedChoice<(quarter: string) => string>([
  [() => 'Regionspsykiatrien Randers', 3], [() => 'Psykiatrisk Ambulatorium, Regionshospitalet Randers', 2], [() => 'Region Midtjylland, Specialområde Autisme', 2],
  [() => 'Region Midtjylland, Specialområde Hjerneskade', 2], [(q) => `Distriktspsykiatrien ${q}`, 2], [() => 'Hammel Neurocenter, ambulant genoptræning', 1],
  [() => 'Center for Misbrugsbehandling, Region Midtjylland', 1], [(q) => `Opsøgende psykoseteam ${q}`, 1],
]);

export const privateNames = weightedChoice<(quarter: string) => string>([
  [(q) => `Bo & Trivsel ${q} ApS`, 2], [(q) => `Socialt Bosted ${q}`, 2], [(q) => `Opholdsstedet ${q}`, 2], [(q) => `Mentorhuset ${q}`, 2],
  [(q) => `Botilbuddet ${q}gården`, 2], [(q) => `Støttecentret ${q} ApS`, 1], [(q) => `Værkstedet ${q} I/S`, 1], [(q) => `Psykologhuset ${q}`, 1],
]);

export const organizationDescriptions: Record<'municipal' | 'association' | 'ngo' | 'region' | 'private', readonly string[]> = {
  municipal: ['En af kommunens egne enheder i Social og Arbejdsmarked.', 'Kommunal enhed, der giver tilbud til voksne og deres pårørende.'],
  association: ['Forening med aktiviteter for alle, også for dig, der har brug for lidt ekstra hjælp.', 'Frivillig forening, der er med i Bevæg dig for livet.', 'Forening drevet af frivillige, åben for nye medlemmer.'],
  ngo: ['Frivillig social organisation med rådgivning, fællesskaber og besøgsvenner.', 'Landsdækkende organisation med en lokalafdeling i Randers.'],
  region: ['Regionens tilbud inden for psykiatri og det specialiserede sociale område.', 'Regionalt tilbud, som kommunen samarbejder med.'],
  private: ['Privat leverandør, som kommunen har indgået aftale med.', 'Privat tilbud godkendt af Socialtilsyn Midt.'],
};

/** Sentences any offer may carry besides its own, each with a word people search for; drawn 0-3 times an offer. */
export const extraSentences = weightedChoice<string>([
  ['Pårørende er også velkomne, og vi holder en pårørendeaften et par gange om året.', 5],
  ['Du kan få rådgivning om bolig, økonomi og job, hvis du har brug for det.', 5],
  ['Der er altid tid til en samtale med en medarbejder.', 6],
  ['Vi slutter ofte dagen med en gåtur i nærområdet.', 3],
  ['En gang om måneden laver vi mad sammen og spiser sammen bagefter.', 3],
  ['Mange kommer her, mens de venter på en bolig eller er ved at flytte.', 3],
  ['I værkstedet kan du lave små ting i træ og genbrugsmaterialer.', 2],
  ['Om sommeren tager vi til stranden, og nogle tager med til svømning.', 2],
  ['Du kan komme første gang uden at binde dig til noget.', 6],
  ['Du bestemmer selv, hvor meget du vil være med.', 6],
  ['Vi samarbejder med din bostøtte, sagsbehandler eller kontaktperson, hvis du ønsker det.', 4],
  ['Der er kaffe, te og frugt hver gang.', 5],
  ['Tilbuddet er en del af kommunens indsats for et godt hverdagsliv.', 3],
  ['Medarbejderne har tavshedspligt.', 4],
  ['Boligerne i området er for de fleste små lejligheder, og vi kan hjælpe med at søge en bolig.', 2],
  ['Vi holder lukket i julen og i tre uger i juli.', 3],
]);

/** Easy-read sentences any offer may end with (short sentences, everyday words, LIX low). */
export const easyReadEndings: readonly string[] = [
  'Du må tage en hjælper med.',
  'Du kan ringe til os, hvis du vil spørge om noget.',
  'Du bestemmer selv.',
  'Vi tager godt imod dig.',
  'Du kan komme og se, hvordan det er.',
];

export const applicationProcesses: readonly string[] = [
  'Kom forbi i åbningstiden. Du behøver ikke at tilmelde dig.',
  'Ring eller skriv, så finder vi en tid til en første snak.',
  'Din sagsbehandler søger om tilbuddet sammen med dig. Kommunen træffer afgørelse efter serviceloven.',
  'Din bostøtte, kontaktperson eller sagsbehandler kan henvise dig. Du kan også selv kontakte os.',
  'Meld dig til på foreningens hjemmeside eller mød op til en prøvegang.',
];

export const fees: readonly string[] = ['30 kr. pr. gang.', 'Kontingent 250 kr. pr. halvår. Første gang er gratis.', 'Egenbetaling efter din indtægt.', '20 kr. for maden.', 'Kontingent 150 kr. om året.'];

/** Messages a worker sends with a referral, in the words workers write them. */
export const referralMessages: readonly string[] = [
  'Borgeren har selv ønsket at komme i gang og vil gerne starte hurtigst muligt.',
  'Vi har talt om tilbuddet på borgerplansmødet. Borgeren vil gerne have følgeskab første gang.',
  'Borgeren har brug for et fast sted at komme i hverdagen. Ring gerne til mig, hvis I har spørgsmål.',
  'Henvises efter aftale med borgeren. Borgeren har svært ved at bruge telefon, så skriv hellere.',
  'Borgeren er motiveret, men har haft dårlige erfaringer med grupper. Tag gerne en indledende samtale.',
  'Se vedhæftede aftaler i planen. Borgeren kan komme formiddage.',
];

export const declineReasons: readonly string[] = [
  'Der er ikke plads lige nu. Vi har sat borgeren på venteliste.',
  'Tilbuddet passer ikke til borgerens behov. Vi anbefaler et andet tilbud.',
  'Borgeren er for ung til tilbuddet.',
  'Vi har talt med borgeren, som ikke ønsker tilbuddet alligevel.',
];

export const stopReasons: readonly string[] = [
  'Borgeren ønskede ikke at fortsætte.',
  'Borgeren er flyttet fra kommunen.',
  'Borgeren er startet i et andet tilbud, der passer bedre.',
  'Borgeren er ikke mødt op i flere uger, og vi har ikke kunnet få kontakt.',
  'Forløbet blev afbrudt efter aftale med borgeren og sagsbehandleren.',
];

export const withdrawReasons: readonly string[] = [
  'Borgeren har fundet et andet tilbud.',
  'Henvisningen blev sendt til det forkerte tilbud.',
  'Borgeren ønsker ikke at blive henvist alligevel.',
];
