/**
 * The demo's volunteering in Randers as data (loaded by features/demo/load-demo-volunteers.ts). People and addresses
 * are made up; e-mail addresses end in .demo. Ole Nielsen is the persona 'ole' (DEMO.md): the companion matching
 * counts on him being free on Saturdays 13:00–18:00 and Wednesdays 09:00–12:00; he swims with Birthe on Thursday mornings.
 */

export const demoGuidelines = [
  {
    version: 1,
    daysAgo: 420,
    title: 'Retningslinjer for frivillige i Randers Kommune',
    body: 'Som frivillig er du et medmenneske, ikke en fagperson. Du hjælper med det, borgeren selv ønsker, og aftaler altid opgaven med koordinatoren.\n\nDu har tavshedspligt om det, du hører og ser hos borgeren.',
  },
  {
    version: 2,
    daysAgo: 60,
    title: 'Retningslinjer for frivillige i Randers Kommune (2. udgave)',
    body: [
      'Din rolle: Du er et medmenneske, ikke en fagperson. Du følger, besøger og går med — du giver ikke medicin, hjælper ikke med personlig pleje og låner ikke penge ud eller ind.',
      'Dine opgaver: Du tager kun opgaver, som koordinatoren har aftalt med dig. Kan du ikke komme, siger du det så tidligt som muligt — i appen eller til kontaktpersonen for dagen.',
      'Tavshedspligt: Du har tavshedspligt om alt, hvad du får at vide om borgeren. Det gælder også, når du er stoppet som frivillig. Du skriver ikke om borgeren på sociale medier.',
      'Hvis du bliver bekymret: Ring til koordinatoren, Hanne Bech. Er der fare for liv, ringer du 112.',
    ].join('\n\n'),
  },
] as const;

export interface DemoOpportunity {
  title: string;
  summary: string;
  description: string;
  kind: 'companion' | 'visiting-friend' | 'walking-partner' | 'activity-helper' | 'other';
  area: string;
  timeCommitment: string;
  requiredCourse?: string;
  needsRecordCheck?: boolean;
  status?: 'draft' | 'published' | 'archived';
  daysAgo: number;
}

export const demoOpportunities: DemoOpportunity[] = [
  {
    title: 'Følgeven til sport og fritid',
    summary: 'Gå med en borger til fodbold, håndbold eller en anden fritidsaktivitet. Du er med, så det bliver trygt at komme af sted.',
    description: 'Mange borgere med handicap vil gerne til sport og fritid, men har brug for en at følges med. Som følgeven mødes du med borgeren, går med til aktiviteten og hjem igen.\n\nDu får et grundkursus, før du starter, og koordinatoren finder aftaler, der passer til dig.',
    kind: 'companion',
    area: 'Hele Randers Kommune',
    timeCommitment: '2–4 timer, når det passer dig',
    requiredCourse: 'foelgeven-grundkursus',
    daysAgo: 200,
  },
  {
    title: 'Besøgsven',
    summary: 'Besøg en borger, der sidder meget alene. Drik en kop kaffe, snak, spil kort.',
    description: 'En besøgsven kommer fast, fx hver anden uge. I finder selv ud af, hvad I vil lave sammen.',
    kind: 'visiting-friend',
    area: 'Randers C og omegn',
    timeCommitment: '1–2 timer hver anden uge',
    daysAgo: 180,
  },
  {
    title: 'Gåmakker',
    summary: 'Gå en tur med en borger, der gerne vil ud at gå, men ikke tør alene.',
    description: 'Gåturene er fra 30 minutter til en time, i det tempo borgeren kan. I aftaler selv sted og tid.',
    kind: 'walking-partner',
    area: 'Randers NV, Assentoft og Spentrup',
    timeCommitment: '1 time om ugen',
    needsRecordCheck: false,
    daysAgo: 150,
  },
  {
    title: 'Følgeven til svømning',
    summary: 'Gå med en borger i svømmehallen. Du skal selv kunne lide vand.',
    description: 'Du følger borgeren til Randers Svømmehal, hjælper med at finde rundt og er med i vandet. Du får førstehjælp, før du starter.',
    kind: 'companion',
    area: 'Randers Svømmehal',
    timeCommitment: 'En formiddag om ugen',
    requiredCourse: 'foerstehjaelp',
    daysAgo: 120,
  },
  {
    title: 'Hjælper i Café Perron 4',
    summary: 'Hjælp til i caféen på Randers Bibliotek, hvor borgere med handicap har praktik.',
    description: 'Du laver kaffe, dækker borde og er en god kollega for de unge i praktik. Ingen erfaring nødvendig.',
    kind: 'activity-helper',
    area: 'Randers C',
    timeCommitment: '3 timer om ugen, hverdage',
    daysAgo: 90,
  },
  {
    title: 'Kørestolsven til koncerter',
    summary: 'Gå med en borger i kørestol til koncerter på Værket og i Randers Koncertsal.',
    description: 'Du hjælper med transport fra bussen, billetter og pladser. Du får et kursus i at hjælpe kørestolsbrugere.',
    kind: 'companion',
    area: 'Randers C',
    timeCommitment: 'Aftener, 1–2 gange om måneden',
    requiredCourse: 'koerestolsbruger',
    daysAgo: 45,
  },
  {
    title: 'Makker til brætspil på Nørrebro Bibliotek',
    summary: 'Spil brætspil med unge voksne med autisme en gang om ugen.',
    description: 'Et nyt tilbud, der endnu er en kladde.',
    kind: 'activity-helper',
    area: 'Randers C',
    timeCommitment: '2 timer om ugen',
    requiredCourse: 'autisme-forstaaelse',
    status: 'draft',
    daysAgo: 5,
  },
  {
    title: 'Julehjælper 2025',
    summary: 'Hjælp til julefrokosten i Kulturhuset.',
    description: 'Opslaget er afsluttet.',
    kind: 'other',
    area: 'Randers C',
    timeCommitment: 'En dag i december',
    needsRecordCheck: false,
    status: 'archived',
    daysAgo: 400,
  },
];

/** [ISO weekday, from, to] in Copenhagen time. */
type Slot = [number, string, string];

export interface DemoVolunteer {
  persona?: 'ole';
  name: string;
  email: string;
  phone: string;
  postalCode: string;
  interests: string[];
  skills: string[];
  languages: string[];
  maxDistanceKm: number;
  startedDaysAgo: number;
  /** The record check: how long ago it was made, and in how many days it runs out (negative: it has). */
  recordCheck: { checkedDaysAgo: number; expiresInDays: number } | null;
  /** [course key, completed days ago]. */
  courses: [string, number][];
  guidelinesVersion: 1 | 2 | null;
  slots: Slot[];
  status?: 'active' | 'paused' | 'stopped';
  statusChangedDaysAgo?: number;
  stopReason?: string;
  away?: { inDays: number; days: number; note: string };
  appliedTo?: string;
  applicationMessage: string;
}

const check = (checkedDaysAgo: number, expiresInDays: number) => ({ checkedDaysAgo, expiresInDays });

export const demoVolunteers: DemoVolunteer[] = [
  {
    persona: 'ole',
    name: 'Ole Nielsen',
    email: 'ole.nielsen@frivillig.demo',
    phone: '+4521436587',
    postalCode: '8900',
    interests: ['sport', 'svømning', 'håndbold', 'gåture'],
    skills: ['Pensioneret idrætslærer', 'Livredderbevis'],
    languages: ['da', 'en'],
    maxDistanceKm: 15,
    startedDaysAgo: 700,
    recordCheck: check(340, 755),
    courses: [['foelgeven-grundkursus', 690], ['foerstehjaelp', 300]],
    guidelinesVersion: 2,
    slots: [[3, '09:00', '12:00'], [4, '09:00', '12:00'], [6, '13:00', '18:00']],
    appliedTo: 'Følgeven til sport og fritid',
    applicationMessage: 'Jeg er 67 år og gået på pension som idrætslærer. Jeg vil gerne bruge min tid på at få andre med til sport og svømning.',
  },
  { name: 'Fatima Al-Hassan', email: 'fatima.alhassan@frivillig.demo', phone: '+4522113344', postalCode: '8920', interests: ['café', 'madlavning', 'musik'], skills: ['Tolker arabisk'], languages: ['da', 'ar', 'en'], maxDistanceKm: 10, startedDaysAgo: 400, recordCheck: check(390, 700), courses: [['foelgeven-grundkursus', 380]], guidelinesVersion: 2, slots: [[2, '16:00', '19:00'], [4, '16:00', '19:00']], appliedTo: 'Besøgsven', applicationMessage: 'Jeg vil gerne hjælpe, især familier der taler arabisk.' },
  { name: 'Kurt Kristensen', email: 'kurt.kristensen@frivillig.demo', phone: '+4523456789', postalCode: '8960', interests: ['gåture', 'natur', 'fodbold'], skills: ['Kørekort'], languages: ['da'], maxDistanceKm: 20, startedDaysAgo: 300, recordCheck: check(295, 800), courses: [['foelgeven-grundkursus', 290]], guidelinesVersion: 2, slots: [[1, '10:00', '12:00'], [6, '09:00', '12:00']], appliedTo: 'Gåmakker', applicationMessage: 'Jeg går tur hver dag i Assentoft og tager gerne en med.' },
  { name: 'Lone Mikkelsen', email: 'lone.mikkelsen@frivillig.demo', phone: '+4524681357', postalCode: '8981', interests: ['kunst', 'teater', 'café'], skills: [], languages: ['da'], maxDistanceKm: 12, startedDaysAgo: 500, recordCheck: check(480, 600), courses: [['foelgeven-grundkursus', 470]], guidelinesVersion: 2, slots: [[3, '13:00', '16:00']], status: 'paused', statusChangedDaysAgo: 20, applicationMessage: 'Jeg er kunstner og vil gerne tage andre med på museum.' },
  { name: 'Ahmad Rahimi', email: 'ahmad.rahimi@frivillig.demo', phone: '+4525252525', postalCode: '8940', interests: ['fodbold', 'sport', 'biograf'], skills: ['Fodboldtræner for U12'], languages: ['da', 'fa', 'en'], maxDistanceKm: 15, startedDaysAgo: 720, recordCheck: check(700, 30), courses: [['foelgeven-grundkursus', 700]], guidelinesVersion: 2, slots: [[6, '10:00', '16:00'], [7, '10:00', '14:00']], appliedTo: 'Følgeven til sport og fritid', applicationMessage: 'Jeg træner fodbold og vil gerne have flere med.' },
  { name: 'Ulla Østergaard', email: 'ulla.oestergaard@frivillig.demo', phone: '+4526262626', postalCode: '8900', interests: ['kirke', 'musik', 'koncerter'], skills: ['Synger i kor'], languages: ['da'], maxDistanceKm: 8, startedDaysAgo: 260, recordCheck: check(255, 840), courses: [['foelgeven-grundkursus', 250], ['koerestolsbruger', 200]], guidelinesVersion: 2, slots: [[2, '18:00', '22:00'], [5, '18:00', '22:00']], appliedTo: 'Kørestolsven til koncerter', applicationMessage: 'Jeg går selv til mange koncerter og tager gerne en med.' },
  { name: 'Torben Vinther', email: 'torben.vinther@frivillig.demo', phone: '+4527272727', postalCode: '8930', interests: ['håndbold', 'sport', 'svømning'], skills: [], languages: ['da', 'en'], maxDistanceKm: 20, startedDaysAgo: 900, recordCheck: check(200, 900), courses: [['foelgeven-grundkursus', 880], ['foerstehjaelp', 800]], guidelinesVersion: 2, slots: [[6, '12:00', '17:00']], applicationMessage: 'Jeg har spillet håndbold i 30 år.' },
  { name: 'Ida Frandsen', email: 'ida.frandsen@frivillig.demo', phone: '+4528282828', postalCode: '8900', interests: ['teater', 'biograf', 'kunst'], skills: ['Studerer pædagogik'], languages: ['da', 'en'], maxDistanceKm: 5, startedDaysAgo: 380, recordCheck: check(370, 720), courses: [['foelgeven-grundkursus', 360]], guidelinesVersion: 1, slots: [[4, '17:00', '21:00']], applicationMessage: 'Jeg læser til pædagog og vil gerne have erfaring.' },
  { name: 'Henrik Bang', email: 'henrik.bang@frivillig.demo', phone: '+4529292929', postalCode: '8870', interests: ['gåture', 'natur', 'spil'], skills: [], languages: ['da'], maxDistanceKm: 25, startedDaysAgo: 600, recordCheck: check(590, 500), courses: [['foelgeven-grundkursus', 580]], guidelinesVersion: 1, slots: [], status: 'stopped', statusChangedDaysAgo: 40, stopReason: 'Flytter til Aalborg og kan ikke længere komme.', applicationMessage: 'Jeg vil gerne gå ture.' },
  { name: 'Maria Nowak', email: 'maria.nowak@frivillig.demo', phone: '+4530303030', postalCode: '8960', interests: ['madlavning', 'café'], skills: ['Kok'], languages: ['da', 'pl', 'en'], maxDistanceKm: 10, startedDaysAgo: 1100, recordCheck: check(1100, -10), courses: [['foelgeven-grundkursus', 1090]], guidelinesVersion: 2, slots: [[1, '09:00', '13:00'], [3, '09:00', '13:00']], appliedTo: 'Hjælper i Café Perron 4', applicationMessage: 'Jeg er uddannet kok og vil gerne hjælpe i caféen.' },
  { name: 'Grethe Lauridsen', email: 'grethe.lauridsen@frivillig.demo', phone: '+4531313131', postalCode: '8950', interests: ['svømning', 'gåture'], skills: [], languages: ['da'], maxDistanceKm: 30, startedDaysAgo: 450, recordCheck: check(440, 650), courses: [['foelgeven-grundkursus', 430], ['foerstehjaelp', 400]], guidelinesVersion: 2, slots: [[2, '09:00', '11:00']], status: 'paused', statusChangedDaysAgo: 8, away: { inDays: 0, days: 30, note: 'Knæoperation' }, applicationMessage: 'Jeg svømmer selv hver uge.' },
  { name: 'Youssef Haddad', email: 'youssef.haddad@frivillig.demo', phone: '+4532323232', postalCode: '8920', interests: ['fodbold', 'håndbold', 'spil'], skills: [], languages: ['da', 'ar'], maxDistanceKm: 10, startedDaysAgo: 150, recordCheck: check(145, 950), courses: [['foelgeven-grundkursus', 140], ['autisme-forstaaelse', 100]], guidelinesVersion: 2, slots: [[3, '15:00', '19:00'], [6, '10:00', '14:00']], appliedTo: 'Følgeven til sport og fritid', applicationMessage: 'Min lillebror har autisme. Jeg vil gerne hjælpe andre som ham.' },
  { name: 'Tove Skov', email: 'tove.skov@frivillig.demo', phone: '+4533333333', postalCode: '8900', interests: ['musik', 'koncerter', 'kirke'], skills: ['Pensioneret sygeplejerske'], languages: ['da', 'de'], maxDistanceKm: 6, startedDaysAgo: 820, recordCheck: check(400, 700), courses: [['foelgeven-grundkursus', 800], ['koerestolsbruger', 300]], guidelinesVersion: 2, slots: [[2, '18:00', '22:00'], [6, '18:00', '22:00']], appliedTo: 'Kørestolsven til koncerter', applicationMessage: 'Jeg har arbejdet som sygeplejerske i 40 år.' },
  { name: 'Niels Bak', email: 'niels.bak@frivillig.demo', phone: '+4534343434', postalCode: '8970', interests: ['natur', 'gåture', 'fiskeri'], skills: ['Kørekort', 'Lystfisker'], languages: ['da'], maxDistanceKm: 30, startedDaysAgo: 220, recordCheck: check(215, 880), courses: [['foelgeven-grundkursus', 210]], guidelinesVersion: 2, slots: [[4, '09:00', '15:00']], applicationMessage: 'Jeg tager gerne en med ud at fiske ved Randers Fjord.' },
  { name: 'Emma Krogh', email: 'emma.krogh@frivillig.demo', phone: '+4535353535', postalCode: '8900', interests: ['spil', 'café', 'kunst'], skills: ['Ergoterapeutstuderende'], languages: ['da', 'en', 'de'], maxDistanceKm: 8, startedDaysAgo: 90, recordCheck: check(85, 1000), courses: [['foelgeven-grundkursus', 80], ['kommunikation-hjerneskade', 40]], guidelinesVersion: 2, slots: [[1, '15:00', '18:00'], [5, '10:00', '13:00']], appliedTo: 'Besøgsven', applicationMessage: 'Jeg læser til ergoterapeut og vil gerne lære mere om hjerneskade.' },
];

export const demoPendingApplications = [
  { name: 'Camilla Brøns', email: 'camilla.broens@example.demo', phone: '+4541414141', postalCode: '8920', appliedTo: 'Gåmakker', daysAgo: 6, message: 'Jeg går tur med min hund hver dag og tager gerne en med.' },
  { name: 'Rasmus Iversen', email: 'rasmus.iversen@example.demo', phone: '+4542424242', postalCode: '8900', appliedTo: 'Følgeven til sport og fritid', daysAgo: 3, message: 'Jeg spiller badminton og vil gerne have flere med til sport.' },
  { name: 'Amira Saleh', email: 'amira.saleh@example.demo', phone: null, postalCode: '8930', appliedTo: null, daysAgo: 1, message: 'Jeg taler arabisk og engelsk og vil gerne hjælpe, hvor der er brug for det.' },
];
