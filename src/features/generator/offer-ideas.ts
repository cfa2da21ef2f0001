import type { OfferTargetGroup } from '../../domain/catalogue-vocabulary.js';
import type { LifeDomain } from '../../domain/plan-parts.js';
import type { StaffProfile } from './synthetic-organisation.js';

/**
 * The kinds of offer the synthetic catalogue is made of, modelled on the demo catalogue (seed/catalogue.json): what
 * the offer is called and says, the life domains it serves, its KL FFB offer type (display name, as in
 * domain/ffb-offer-types.ts), its legal basis, who it suits, and which providers give it. In the texts, {group} is
 * the target group as a name says it, {who} as a sentence says it, {quarter} the town or quarter, {venue} a house
 * there, {nature} a place outdoors and {org} the provider.
 */
export type ProviderRole = StaffProfile | 'association' | 'ngo' | 'region' | 'private';
export type ScheduleStyle = 'weekly' | 'office-hours' | 'around-the-clock' | 'appointment';

export interface OfferIdea {
  key: string;
  names: readonly string[];
  intro: readonly string[];
  about: readonly string[];
  easyRead: readonly string[];
  lifeDomains: readonly LifeDomain[];
  offerTypes: readonly string[];
  legalBases: readonly (string | null)[];
  pictogram: string;
  targetGroups: readonly OfferTargetGroup[];
  /** [minimum age, maximum age, weight]: most adult offers start at 18; some are for the young or for seniors. */
  ages: readonly (readonly [number | null, number | null, number])[];
  free: number;
  selfReferral: number;
  /** Offers with places have a capacity, free places and a waiting list. */
  places: boolean;
  schedule: ScheduleStyle;
  /** How often each kind of provider gives this kind of offer (relative weights). */
  by: Partial<Record<ProviderRole, number>>;
}

const adults = [[18, null, 8], [16, 29, 2], [65, null, 1], [null, null, 1]] as const;
const idea = (i: OfferIdea) => i;

export const offerIdeas: readonly OfferIdea[] = [
  idea({
    key: 'svoemning', names: ['Svømning for {group}', 'Svømmehold i {venue}, {quarter}', 'Morgensvømning for {group}', 'Varmtvandssvømning for alle'],
    intro: ['Svømning for {who} i {venue} i {quarter}.', 'Et svømmehold for {who}, hvor alle kan være med.'],
    about: ['Du svømmer i dit eget tempo, og der er altid en instruktør ved bassinet.', 'Svømning er god træning for hele kroppen og skånsom for leddene.', 'Vandet er varmt, og der er lift ned i bassinet og hjælp til omklædning.', 'Efter svømningen drikker vi kaffe i cafeteriet.'],
    easyRead: ['Kom og svøm med os.', 'Du svømmer i dit eget tempo.', 'Vandet er varmt.', 'Der er en lift ned i vandet.'],
    lifeDomains: ['leisure', 'health'], offerTypes: ['Fysisk aktivitet'], legalBases: [null], pictogram: 'exercise',
    targetGroups: ['physical-disability', 'intellectual-disability', 'acquired-brain-injury', 'autism', 'mental-vulnerability'],
    ages: adults, free: 0.35, selfReferral: 0.95, places: true, schedule: 'weekly', by: { association: 5, activity: 2, ngo: 0.5 },
  }),
  idea({
    key: 'gaatur', names: ['Gåtur for {group}', 'Gågruppe i {quarter}', 'Gåture ved {nature}', 'Walk and talk — gåtur med samtale'],
    intro: ['En gåtur en gang om ugen for {who}.', 'Vi mødes ved {venue} i {quarter} og går en tur sammen.'],
    about: ['Vi går en tur på en til to timer i roligt tempo, så alle kan være med.', 'På gåturen er der tid til en snak med de andre.', 'Turen går ofte langs {nature}, og vi slutter med kaffe.'],
    easyRead: ['Vi går en tur sammen.', 'Vi går langsomt.', 'Bagefter drikker vi kaffe.'],
    lifeDomains: ['health', 'social'], offerTypes: ['Fysisk aktivitet', 'Social aktivitet'], legalBases: [null, null, 'SEL §104'], pictogram: 'exercise',
    targetGroups: ['mental-vulnerability', 'acquired-brain-injury', 'intellectual-disability', 'substance-abuse', 'relatives'],
    ages: [[18, null, 6], [65, null, 3], [null, null, 1]], free: 0.9, selfReferral: 0.95, places: false, schedule: 'weekly', by: { association: 3, ngo: 3, activity: 2, support: 1, residential: 1 },
  }),
  idea({
    key: 'madlavning', names: ['Madlavning for {group}', 'Fællesspisning og madlavning i {venue}', 'Madklub for {group}', 'Lær at lave sund og billig mad'],
    intro: ['Madlavning og fællesspisning for {who}.', 'Vi laver mad sammen i køkkenet i {venue} i {quarter}.'],
    about: ['Vi laver mad sammen og spiser bagefter.', 'Du lærer at lave nemme og billige retter, som du kan lave derhjemme.', 'Vi handler ind sammen og deler udgifterne til maden.', 'Madlavning er også en god måde at lære nye mennesker at kende.'],
    easyRead: ['Vi laver mad sammen.', 'Vi spiser sammen bagefter.', 'Du lærer at lave nem mad.'],
    lifeDomains: ['health', 'housing', 'social'], offerTypes: ['Social aktivitet', 'Støtte til sund levevis'], legalBases: [null, 'SEL §104', 'SEL §85'], pictogram: 'food',
    targetGroups: ['intellectual-disability', 'mental-vulnerability', 'autism', 'homelessness', 'substance-abuse'],
    ages: adults, free: 0.4, selfReferral: 0.8, places: true, schedule: 'weekly', by: { ngo: 2, association: 1.5, residential: 2, support: 2, activity: 2 },
  }),
  idea({
    key: 'vaerksted', names: ['Værksted for {group}', 'Træværkstedet i {venue}', 'Kreativt værksted i {quarter}', 'Cykelværkstedet i {quarter}', 'Genbrugsværkstedet'],
    intro: ['Et værksted for {who}, hvor der er plads til alle.', 'Værkstedet i {venue} i {quarter} er åbent for {who}.'],
    about: ['I værkstedet arbejder vi med træ, metal og genbrugsmaterialer.', 'Du kan arbejde på dit eget projekt eller hjælpe med værkstedets faste opgaver.', 'Værkstedet er et roligt sted med faste opgaver og en fast dag.', 'Nogle af tingene fra værkstedet sælges i vores butik.'],
    easyRead: ['Du kan lave ting med dine hænder.', 'Vi arbejder med træ.', 'Der er faste opgaver.'],
    lifeDomains: ['work', 'leisure'], offerTypes: ['Produktion og værksted', 'Kreativ aktivitet', 'Beskyttet beskæftigelse'], legalBases: [null, 'SEL §103', 'SEL §104'], pictogram: 'briefcase',
    targetGroups: ['intellectual-disability', 'acquired-brain-injury', 'mental-vulnerability', 'autism', 'adhd'],
    ages: adults, free: 0.7, selfReferral: 0.4, places: true, schedule: 'weekly', by: { residential: 3, job: 2, activity: 2, private: 2, association: 0.5, ngo: 1 },
  }),
  idea({
    key: 'samtale', names: ['Samtalegruppe for {group}', 'Individuelle samtaler for {group}', 'Samtaler om angst og uro', 'Samtaleforløb hos {org}'],
    intro: ['Samtaler for {who}, enten alene med en medarbejder eller i en lille gruppe.', 'Et samtaleforløb for {who}.'],
    about: ['Samtalerne handler om det, der fylder i din hverdag.', 'I gruppen møder du andre, der har det som dig, og I taler om, hvad der hjælper.', 'En samtale varer cirka en time, og du kan få op til ti samtaler.', 'Samtalerne foregår i et roligt lokale, eller mens vi går en tur.'],
    easyRead: ['Du kan tale med os.', 'Vi lytter til dig.', 'En samtale varer en time.'],
    lifeDomains: ['health', 'social'], offerTypes: ['Støtte til psykisk trivsel', 'Gruppebaseret hjælp og støtte', 'Individuel tidsbegrænset socialpædagogisk hjælp og støtte'], legalBases: [null, 'SEL §82a', 'SEL §82b'], pictogram: 'meeting',
    targetGroups: ['mental-vulnerability', 'substance-abuse', 'adhd', 'autism', 'relatives'],
    ages: adults, free: 0.95, selfReferral: 0.6, places: true, schedule: 'weekly', by: { support: 3, treatment: 3, region: 3, ngo: 2, private: 1, authority: 1 },
  }),
  idea({
    key: 'raadgivning', names: ['Rådgivning for {group}', 'Åben rådgivning i {quarter}', 'Anonym rådgivning', 'Gældsrådgivning og hjælp til budget', 'Rådgivning om bolig og økonomi'],
    intro: ['Gratis rådgivning for {who}.', 'Åben rådgivning i {venue} i {quarter} for {who}.'],
    about: ['Du kan få rådgivning om økonomi, bolig, job og de regler, der gælder for dig.', 'Rådgivningen er gratis, og du kan være anonym.', 'Du kan ringe, skrive eller komme forbi uden aftale.', 'Vi kan hjælpe med breve fra kommunen, e-Boks og ansøgninger.'],
    easyRead: ['Du kan få gode råd.', 'Du kan ringe til os.', 'Det er gratis.'],
    lifeDomains: ['housing', 'work', 'health'], offerTypes: ['Akut rådgivning, omsorg og støtte', 'Støtte til administration'], legalBases: [null, 'SEL §10', 'SEL §12'], pictogram: 'phone',
    targetGroups: ['homelessness', 'substance-abuse', 'mental-vulnerability', 'autism', 'acquired-brain-injury', 'relatives'],
    ages: [[18, null, 7], [16, null, 2], [null, null, 2]], free: 1, selfReferral: 0.95, places: false, schedule: 'office-hours', by: { ngo: 3, authority: 3, service: 3, treatment: 2, support: 1, region: 1 },
  }),
  idea({
    key: 'bostoette', names: ['Bostøtte i eget hjem', 'Socialpædagogisk støtte i egen bolig', 'Støtte til at blive boende i boligen', 'Mestringsvejledning i eget hjem', 'Housing First — bostøtte'],
    intro: ['Socialpædagogisk støtte i dit eget hjem for {who}.', 'Støtte til {who}, der bor i egen bolig.'],
    about: ['En fast medarbejder kommer hjem til dig og hjælper med det, der er svært i hverdagen.', 'Støtten kan handle om økonomi, post, rengøring, indkøb og kontakt til andre.', 'Målet er, at du kan klare mere selv og blive boende i din bolig.', 'Vi laver en plan sammen med dig og ser på den igen hver tredje måned.'],
    easyRead: ['En medarbejder kommer hjem til dig.', 'Vi hjælper dig med det, der er svært.', 'Du kan blive boende i din bolig.'],
    lifeDomains: ['housing', 'health'], offerTypes: ['Socialpædagogisk støtte', 'Støtte til daglige opgaver i hjemmet', 'Støtte til etablering i bolig'], legalBases: ['SEL §85', 'SEL §85', 'SEL §82b'], pictogram: 'house',
    targetGroups: ['mental-vulnerability', 'autism', 'adhd', 'intellectual-disability', 'acquired-brain-injury', 'homelessness'],
    ages: [[18, null, 9], [16, 25, 1]], free: 1, selfReferral: 0.05, places: true, schedule: 'appointment', by: { support: 6, private: 2, residential: 1 },
  }),
  idea({
    key: 'botilbud', names: ['Midlertidigt botilbud for {group}', 'Længerevarende botilbud', 'Bofællesskab for {group} i {quarter}', 'Boliger med døgnstøtte', 'Botræning for unge'],
    intro: ['Boliger med støtte for {who}.', 'Et botilbud i {quarter} for {who}.'],
    about: ['Boligerne ligger tæt på byen, butikker og busser.', 'Du har din egen bolig med bad og køkken og adgang til fællesrum.', 'Personalet er der hele døgnet og støtter dig i hverdagen.', 'Beboerne spiser sammen, hvis de vil, og der er aktiviteter i weekenden.'],
    easyRead: ['Du kan bo her.', 'Du har din egen bolig.', 'Der er hjælp hele døgnet.'],
    lifeDomains: ['housing'], offerTypes: ['Midlertidigt botilbud til voksne', 'Længerevarende botilbud til voksne', 'Botilbudslignende tilbud'], legalBases: ['SEL §107', 'SEL §108', 'SEL §85'], pictogram: 'house',
    targetGroups: ['intellectual-disability', 'autism', 'acquired-brain-injury', 'mental-vulnerability', 'physical-disability'],
    ages: [[18, null, 9], [18, 30, 1]], free: 0, selfReferral: 0, places: true, schedule: 'around-the-clock', by: { residential: 6, private: 4, region: 1 },
  }),
  idea({
    key: 'vaerested', names: ['Værested i {quarter}', 'Café og værested for {group}', 'Aftenværested i {venue}', 'Mødestedet i {quarter}'],
    intro: ['Et værested for {who}, hvor du kan komme uden aftale.', 'Værestedet i {venue} i {quarter} er et sted at være sammen med andre.'],
    about: ['Du kan få en kop kaffe, et måltid og en snak.', 'Der er spil, aviser og aktiviteter, og du bestemmer selv, hvor meget du vil være med.', 'Medarbejderne kan hjælpe med breve, kontakt til kommunen og det, der er svært lige nu.'],
    easyRead: ['Du kan komme her uden en aftale.', 'Du kan få kaffe og mad.', 'Du kan være sammen med andre.'],
    lifeDomains: ['social', 'health'], offerTypes: ['Aktivitets- og samværstilbud', 'Aktivitet og samvær'], legalBases: ['SEL §104', 'SEL §104', null], pictogram: 'people',
    targetGroups: ['mental-vulnerability', 'substance-abuse', 'homelessness', 'intellectual-disability'],
    ages: adults, free: 0.85, selfReferral: 0.95, places: false, schedule: 'weekly', by: { residential: 2, activity: 2, ngo: 3, support: 1 },
  }),
  idea({
    key: 'sport', names: ['Fodbold for {group}', 'Håndbold for alle i {quarter}', 'Motion for {group}', 'Yoga for {group}', 'Fitness for alle i {venue}', 'Badminton for {group}', 'Bowling for {group}', 'Petanque i {quarter}'],
    intro: ['Idræt for {who} i {venue} i {quarter}.', 'Et hold for {who} — som en del af Bevæg dig for livet.'],
    about: ['Træningen er tilpasset, så alle kan være med, og vi griner meget.', 'Holdet mødes en gang om ugen med faste trænere.', 'Der er kampe og stævner for dem, der har lyst.', 'Første gang er gratis, og din ledsager kan være med.'],
    easyRead: ['Kom og vær med på holdet.', 'Alle kan være med.', 'Første gang er gratis.'],
    lifeDomains: ['leisure', 'health', 'social'], offerTypes: ['Fysisk aktivitet'], legalBases: [null], pictogram: 'exercise',
    targetGroups: ['intellectual-disability', 'physical-disability', 'autism', 'adhd', 'mental-vulnerability'],
    ages: [[null, null, 3], [16, 29, 2], [18, null, 3], [65, null, 1]], free: 0.3, selfReferral: 1, places: true, schedule: 'weekly', by: { association: 8, activity: 1 },
  }),
  idea({
    key: 'kreativ', names: ['Kor for {group}', 'Musikcafé i {venue}', 'Maleholdet i {quarter}', 'Strik og snak', 'Teatergruppe for {group}', 'Fotoklub for {group}'],
    intro: ['Et kreativt fællesskab for {who}.', 'Vi mødes i {venue} i {quarter} og laver noget sammen.'],
    about: ['Du behøver ikke at kunne noget på forhånd.', 'Vi øver os sammen og viser, hvad vi har lavet, et par gange om året.', 'Der er materialer, og en frivillig underviser hjælper dig i gang.'],
    easyRead: ['Vi laver noget kreativt sammen.', 'Du skal ikke kunne noget før.', 'Vi hygger os.'],
    lifeDomains: ['leisure', 'social'], offerTypes: ['Kreativ aktivitet', 'Oplevelsesaktivitet'], legalBases: [null, null, 'SEL §104'], pictogram: 'star',
    targetGroups: ['intellectual-disability', 'mental-vulnerability', 'autism', 'acquired-brain-injury'],
    ages: [[18, null, 5], [null, null, 2], [65, null, 1]], free: 0.5, selfReferral: 1, places: true, schedule: 'weekly', by: { association: 4, ngo: 2, activity: 2, residential: 1 },
  }),
  idea({
    key: 'paaroerende', names: ['Pårørendegruppe for pårørende til {group}', 'Rådgivning for pårørende', 'Pårørendecafé i {quarter}', 'Kursus for pårørende'],
    intro: ['For dig, der er pårørende til {who}.', 'Et fællesskab for pårørende i {venue} i {quarter}.'],
    about: ['Som pårørende får du viden og møder andre pårørende, der står i samme situation.', 'Vi taler om, hvordan du passer på dig selv og får hverdagen til at hænge sammen.', 'En gang om måneden kommer en fagperson og fortæller om et emne, de pårørende har valgt.'],
    easyRead: ['Er du pårørende?', 'Mød andre pårørende.', 'Vi taler om det, der er svært.'],
    lifeDomains: ['social', 'health'], offerTypes: ['Gruppebaseret hjælp og støtte', 'Gruppebaseret hjælp og støtte etableret i samarbejde med frivillige'], legalBases: [null, 'SEL §82a'], pictogram: 'people',
    targetGroups: ['relatives'],
    ages: [[18, null, 8], [null, null, 2]], free: 0.95, selfReferral: 1, places: true, schedule: 'weekly', by: { ngo: 4, support: 2, treatment: 2, region: 2, residential: 1 },
  }),
  idea({
    key: 'job', names: ['Praktik med mentor', 'Jobafklaringsforløb for {group}', 'Beskyttet beskæftigelse i {venue}', 'Jobklub i {quarter}', 'Forberedende forløb til uddannelse', 'Virksomhedspraktik for {group}'],
    intro: ['Et forløb mod job eller uddannelse for {who}.', 'Beskæftigelse og praktik for {who}.'],
    about: ['Du får en mentor, der hjælper dig i gang og følger op hver fjortende dag.', 'Vi finder sammen ud af, hvad du kan og gerne vil, og prøver det af på en arbejdsplads.', 'Arbejdstiden aftales efter, hvad du kan klare, og kan stige hen ad vejen.'],
    easyRead: ['Du kan prøve at arbejde.', 'Du får en mentor.', 'Vi hjælper dig i gang.'],
    lifeDomains: ['work'], offerTypes: ['Beskyttet beskæftigelse', 'Praktikforløb', 'Støtte til beskæftigelse', 'Støtte til uddannelse'], legalBases: [null, 'SEL §103', 'SEL §103'], pictogram: 'briefcase',
    targetGroups: ['intellectual-disability', 'autism', 'adhd', 'mental-vulnerability', 'acquired-brain-injury', 'substance-abuse'],
    ages: [[18, null, 5], [16, 29, 4]], free: 1, selfReferral: 0.2, places: true, schedule: 'weekly', by: { job: 6, business: 4, residential: 1, private: 2, ngo: 0.5 },
  }),
  idea({
    key: 'behandling', names: ['Ambulant alkoholbehandling', 'Hashbehandling for unge', 'Dagbehandling for {group}', 'Behandling af stofmisbrug', 'Anonym behandling for {group}'],
    intro: ['Behandling for {who}.', 'Gratis behandling i {quarter} for {who}.'],
    about: ['Behandlingen er gratis, og du kan være anonym de første gange.', 'Du får en fast behandler og samtaler en eller flere gange om ugen.', 'Vi kan også hjælpe dine pårørende med rådgivning og samtaler.'],
    easyRead: ['Vi kan hjælpe dig med at drikke mindre.', 'Du får en fast behandler.', 'Det er gratis.'],
    lifeDomains: ['health'], offerTypes: ['Støtte til behandling'], legalBases: ['SEL §101', 'SEL §101a', 'SUL §141'], pictogram: 'medicine',
    targetGroups: ['substance-abuse'],
    ages: [[18, null, 6], [15, 25, 3]], free: 1, selfReferral: 0.9, places: true, schedule: 'office-hours', by: { treatment: 8, region: 2, private: 1 },
  }),
  idea({
    key: 'kursus', names: ['Lær at tackle angst og depression', 'Lær at tackle hverdagen med kronisk sygdom', 'Kursus i at leve med ADHD', 'Mestringskursus for {group}', 'IT-hjælp og kursus i MitID'],
    intro: ['Et kursus for {who}.', 'Et gratis kursus i {venue} i {quarter}.'],
    about: ['Kurset varer seks uger med en mødegang om ugen.', 'Du lærer redskaber, du kan bruge i din hverdag, sammen med andre i samme situation.', 'Underviserne har selv erfaring med at leve med det.'],
    easyRead: ['Du kan gå på et kursus.', 'Kurset er en gang om ugen.', 'Du lærer nye ting.'],
    lifeDomains: ['health', 'social'], offerTypes: ['Kompetenceudviklende aktivitet', 'Gruppebaseret hjælp og støtte'], legalBases: [null, 'SEL §82a'], pictogram: 'calendar',
    targetGroups: ['mental-vulnerability', 'adhd', 'acquired-brain-injury', 'physical-disability', 'relatives'],
    ages: adults, free: 0.9, selfReferral: 0.9, places: true, schedule: 'weekly', by: { support: 2, service: 2, ngo: 2, region: 1, activity: 1 },
  }),
  idea({
    key: 'ledsagelse', names: ['Ledsageordning', 'Kontaktperson for {group}', 'Besøgsven', 'Ledsagelse til læge og Borgerservice', 'Støttekontaktperson'],
    intro: ['En fast person, der følger dig, for {who}.', 'Ledsagelse og en fast kontaktperson for {who}.'],
    about: ['Din ledsager går med dig til aktiviteter, lægen eller Borgerservice.', 'Du bestemmer selv, hvad timerne skal bruges til.', 'En besøgsven kommer på besøg, går en tur eller drikker kaffe med dig.'],
    easyRead: ['En person går med dig.', 'Du bestemmer, hvor I skal hen.', 'Vi kan gå til lægen sammen.'],
    lifeDomains: ['social', 'leisure'], offerTypes: ['Støtte til samfundsdeltagelse', 'Hjælp og støtte etableret i samarbejde med frivillige', 'Støtte til kontakt til offentlige og private instanser'], legalBases: ['SEL §97', 'SEL §99', 'SEL §98', null], pictogram: 'bus',
    targetGroups: ['intellectual-disability', 'physical-disability', 'homelessness', 'mental-vulnerability', 'substance-abuse'],
    ages: adults, free: 1, selfReferral: 0.3, places: true, schedule: 'appointment', by: { authority: 4, support: 2, ngo: 2 },
  }),
  idea({
    key: 'forsorg', names: ['Forsorgshjem og herberg', 'Akutovernatning for hjemløse', 'Natcafé i {quarter}', 'Modtagecenter'],
    intro: ['Et sted at sove og få hjælp for {who}.', 'Her og nu-hjælp for {who}.'],
    about: ['Du kan få en seng, et bad og et måltid mad.', 'En medarbejder hjælper dig videre med bolig, jobcenter og læge.', 'Der er åbent hele døgnet, og du kan komme uden aftale.'],
    easyRead: ['Du kan sove her.', 'Du kan få mad og et bad.', 'Vi hjælper dig videre.'],
    lifeDomains: ['housing', 'health'], offerTypes: ['Socialt akuttilbud', 'Akut ophold', 'Midlertidigt ophold'], legalBases: ['SEL §110', 'SEL §110', null], pictogram: 'sleep',
    targetGroups: ['homelessness', 'substance-abuse', 'mental-vulnerability'],
    ages: [[18, null, 1]], free: 0.6, selfReferral: 0.9, places: true, schedule: 'around-the-clock', by: { residential: 1.5, ngo: 1.5 },
  }),
];
