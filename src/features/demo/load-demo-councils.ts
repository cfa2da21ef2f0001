import type { Kysely, Transaction } from 'kysely';
import { copenhagenToday } from '../../domain/copenhagen-time.js';
import { addDays } from '../../domain/copenhagen-wall-clock.js';
import type { CouncilMemberRole } from '../../domain/council-composition.js';
import type { HearingStatus } from '../../domain/hearing-state.js';
import type { Database } from '../../platform/db/schema.js';
import { newId } from '../../platform/ids.js';

/**
 * The demo's councils (seed 004, DOMAIN §4.6): Handicaprådet — four members named by DH, one member of the city
 * council and three experts, among them Jens Kragh (persona 'jens', DH) with his login — and Udsatterådet, the voice
 * of socially vulnerable citizens with a right to be heard. Each has held its yearly dialogue meeting with the
 * political committee for the last years and has the next one planned. Hearings: for each council one closed with
 * its outcome, one answered and waiting for the outcome, and one open — Handicaprådet's is for Jens to answer.
 * Days count from `now`; memberships follow the city-council periods (2022–2025, 2026–2029, …).
 */

interface DemoMember {
  name: string;
  role: CouncilMemberRole;
  organisation: string | null;
  persona?: string;
  /** Sat in the previous city-council period only. */
  former?: boolean;
}

interface DemoHearing {
  title: string;
  description: string;
  decisionReference: string;
  status: HearingStatus;
  /** Days from today. */
  sent: number;
  respondBy: number;
  answered?: number;
  response?: string;
  /** The member (by persona) who sent the response through the app; otherwise it came by post and was entered. */
  answeredBy?: string;
  outcome?: string;
  /** The strategy the decision belongs to, by key (seed/strategies.json). */
  strategy: string;
}

interface DemoCouncil {
  key: string;
  name: string;
  description: string;
  members: DemoMember[];
  /** Days from today of the latest dialogue meeting held; the earlier ones fell on the same day in the years before. */
  lastDialogueDay: number;
  /** The agenda of the next one, a year after the latest. */
  nextAgenda: string;
  agendas: string[];
  minutes: string[];
  hearings: DemoHearing[];
}

const councils: DemoCouncil[] = [
  {
    key: 'handicapraadet',
    name: 'Handicaprådet',
    description:
      'Handicaprådet rådgiver byrådet i handicappolitiske spørgsmål. Rådet består af fire medlemmer udpeget af Danske Handicaporganisationer (DH), et byrådsmedlem og tre personer med særlig faglig indsigt. Medlemmerne er valgt for en byrådsperiode ad gangen.',
    members: [
      { name: 'Jens Kragh', role: 'dpo-representative', organisation: 'DH Randers', persona: 'jens' },
      { name: 'Lise Damgaard', role: 'dpo-representative', organisation: 'DH Randers – Dansk Blindesamfund' },
      { name: 'Per Holst', role: 'dpo-representative', organisation: 'DH Randers – Landsforeningen Autisme' },
      { name: 'Marianne Skov', role: 'dpo-representative', organisation: 'DH Randers – LEV' },
      { name: 'Søren Juul', role: 'city-council-member', organisation: 'Randers Byråd' },
      { name: 'Helle Bundgaard', role: 'expert', organisation: 'Ergoterapeut, VIA University College' },
      { name: 'Morten Aagaard', role: 'expert', organisation: 'Neuropsykolog, Regionshospitalet Randers' },
      { name: 'Dorthe Lauritsen', role: 'expert', organisation: 'Specialpædagogisk konsulent' },
      { name: 'Hanne Lykke', role: 'city-council-member', organisation: 'Randers Byråd', former: true },
    ],
    lastDialogueDay: -40,
    nextAgenda: '1. Ny handicapplan for voksne efter 2026\n2. Status på botilbuddet i Asferg\n3. Rådets høringssvar i årets løb\n4. Eventuelt',
    agendas: [
      '1. Status på handicapplanen for voksne\n2. Nye boliger: Handicapboligplan II og botilbuddet i Asferg\n3. Tilgængelighed i kommunens bygninger\n4. Eventuelt',
      '1. Handicapplanen forlænget til 2026: hvad betyder det?\n2. Borgerguides og "Mit Liv, Min Plan"\n3. Pårørendesamarbejde\n4. Eventuelt',
      '1. Den visuelle handleplan\n2. Velfærdsteknologi i botilbuddene\n3. Ventetid på bostøtte\n4. Eventuelt',
      '1. Valg af fokusområder for næste år\n2. Beskæftigelse for borgere med handicap\n3. Eventuelt',
    ],
    minutes: [
      'Udvalget og rådet drøftede status på planen. Rådet roste arbejdet med borgerguides og bad om, at tilgængelighed kommer med i planlægningen af botilbuddet i Asferg fra begyndelsen. Forvaltningen giver en skriftlig status til rådets næste møde.',
      'Forvaltningen fortalte om forlængelsen af planen. Rådet ønsker at blive inddraget tidligt i den næste plan. Pårørende skal have en fast kontaktperson; det tager forvaltningen med.',
      'Rådet så en demonstration af den visuelle handleplan og gav gode råd om let sprog. Ventetiden på bostøtte er faldet, men rådet vil følge den.',
      'Udvalget og rådet drøftede fokusområderne. Rådet pegede på beskæftigelse og et sundt liv i fællesskab som de vigtigste.',
    ],
    hearings: [
      {
        title: 'Nyt botilbud i Asferg til 24 borgere',
        strategy: 'disability-plan',
        description:
          'Forvaltningen foreslår at bygge et nyt botilbud efter serviceloven § 108 i Asferg med plads til 24 borgere med udviklingshæmning og autisme. Boligerne skal give flere borgere et hjem i Randers Kommune i stedet for et botilbud langt fra familien. Rådet bedes især svare på: Hvad skal der til, for at boligerne bliver gode at bo i? Og hvordan sikrer vi, at beboerne kan komme til og fra byen?',
        decisionReference: 'Socialudvalget, sag 14 – Botilbud i Asferg',
        status: 'open',
        sent: -5,
        respondBy: 16,
      },
      {
        title: 'Serviceniveau for ledsagelse efter § 97',
        strategy: 'disability-plan',
        description:
          'Forvaltningen foreslår et nyt serviceniveau for ledsagelse: op til 15 timer om måneden, og timer, der ikke bruges, kan spares op i seks måneder. Rådet bedes svare på, om forslaget giver borgerne mulighed for et aktivt liv.',
        decisionReference: 'Socialudvalget, sag 9 – Kvalitetsstandard for ledsagelse',
        status: 'answered',
        sent: -30,
        respondBy: -9,
        answered: -10,
        answeredBy: 'jens',
        response:
          'Handicaprådet støtter, at timer kan spares op. Seks måneder er dog for kort for borgere, der vil på ferie eller til større arrangementer. Rådet foreslår tolv måneder. Rådet beder også om, at ledsageren kan følges med til aktiviteter uden for kommunen.',
      },
      {
        title: 'Forlængelse af handicapplanen for voksne til og med 2026',
        strategy: 'disability-plan',
        description:
          'Handicapplanen for voksne 2020–2023 foreslås forlænget, så den gælder til og med 2026. De tre spor og ni indsatsområder fortsætter. Rådet bedes svare på, om der er indsatsområder, der skal have særlig opmærksomhed i perioden.',
        decisionReference: 'Socialudvalget, sag 6 – Forlængelse af handicapplanen',
        status: 'closed',
        sent: -1120,
        respondBy: -1099,
        answered: -1101,
        answeredBy: 'jens',
        response:
          'Handicaprådet bakker op om forlængelsen. Rådet ønsker særlig opmærksomhed på beskæftigelse og på velfærdsteknologi, og rådet beder om en årlig status på planen.',
        outcome: 'Socialudvalget forlængede planen til og med 2026. Rådets ønske om en årlig status blev taget med i beslutningen, og beskæftigelse blev valgt som fokusområde det følgende år.',
      },
    ],
  },
  {
    key: 'udsatteraadet',
    name: 'Udsatterådet',
    description:
      'Udsatterådet er talerør for socialt udsatte borgere i Randers Kommune og har høringsret i forbindelse med politiske beslutninger. Medlemmerne er valgt for en byrådsperiode ad gangen. Sekretariatet i Social og Arbejdsmarked betjener rådet.',
    members: [
      { name: 'Bente Møller', role: 'user-representative', organisation: 'Brugerrepræsentant, Perron 4' },
      { name: 'Klaus Riis', role: 'user-representative', organisation: 'Brugerrepræsentant, Slotsgården' },
      { name: 'Annette Vinding', role: 'organisation-representative', organisation: 'Kirkens Korshær Randers' },
      { name: 'Thomas Ebbesen', role: 'organisation-representative', organisation: 'Blå Kors Randers' },
      { name: 'Gitte Sand', role: 'organisation-representative', organisation: 'SAND – De hjemløses landsorganisation' },
      { name: 'Ib Kjærgaard', role: 'city-council-member', organisation: 'Randers Byråd' },
      { name: 'Maja Thorsen', role: 'secretary', organisation: 'Sekretariatet i Social og Arbejdsmarked' },
      { name: 'Erik Brandt', role: 'user-representative', organisation: 'Brugerrepræsentant, Rusmiddelcenter Randers', former: true },
    ],
    lastDialogueDay: -100,
    nextAgenda: '1. Status på strategien for psykiatri og socialt udsatte\n2. Boliger til hjemløse\n3. Åbningstider på værestederne\n4. Eventuelt',
    agendas: [
      '1. Strategi for psykiatri og socialt udsatte voksne: status\n2. Unge på kanten\n3. Housing First og boliger til hjemløse\n4. Eventuelt',
      '1. Den nye strategi: rådets input\n2. Peerfaglighed\n3. Eventuelt',
      '1. Status på planen for udsatteområdet\n2. Sundhed for socialt udsatte\n3. Eventuelt',
      '1. Værestederne Perron 4 og Slotsgården\n2. Rusmiddelbehandling\n3. Eventuelt',
    ],
    minutes: [
      'Rådet fortalte om unge, der mangler et sted at være om aftenen. Udvalget vil se på muligheden for længere åbent på Perron 4. Antallet af hjemløse er faldet, men rådet er bekymret for, at der mangler billige boliger.',
      'Rådet gav input til den nye strategi. Rådet ønsker, at peer-medarbejdere får en fast plads i indsatsen. Udvalget takkede for bidraget.',
      'Rådet bad om hjælp til tandpleje for socialt udsatte. Forvaltningen undersøger, hvad det vil koste.',
      'Rådet roste værestederne. Rådet ønsker kortere ventetid på rusmiddelbehandling.',
    ],
    hearings: [
      {
        title: 'Budget 2027: forslag om færre åbningstimer på værestederne',
        strategy: 'psychiatry-strategy',
        description:
          'Som en del af budgetforslaget for 2027 foreslås det at lukke værestedet Slotsgården om søndagen og at åbne Perron 4 en time senere på hverdage. Rådet bedes svare på, hvad forslaget vil betyde for borgerne.',
        decisionReference: 'Socialudvalget, budget 2027 – høringsmateriale',
        status: 'open',
        sent: -3,
        respondBy: 18,
      },
      {
        title: 'Nye regler for brug af akuthuset',
        strategy: 'psychiatry-strategy',
        description: 'Forvaltningen foreslår, at man højst kan bo i akuthuset i 14 dage ad gangen, og at man skal have en plan for, hvor man skal bo bagefter.',
        decisionReference: 'Socialudvalget, sag 11 – Retningslinjer for akuthuset',
        status: 'answered',
        sent: -20,
        respondBy: -6,
        answered: -7,
        response:
          'Udsatterådet forstår ønsket om en plan, men 14 dage er for kort for mange. Det tager tid at finde en bolig. Rådet foreslår, at man kan blive længere, når man er i gang med en plan.',
      },
      {
        title: 'Strategi for psykiatri og socialt udsatte voksne – udkast',
        strategy: 'psychiatry-strategy',
        description: 'Udkastet til den nye strategi med otte indsatsområder sendes i høring. Rådet bedes svare på, om strategien rammer det, der betyder mest for borgerne.',
        decisionReference: 'Socialudvalget, sag 3 – Ny strategi for psykiatri og socialt udsatte',
        status: 'closed',
        sent: -300,
        respondBy: -279,
        answered: -281,
        response: 'Udsatterådet er glad for, at peerfaglighed og lighed i sundhed er med. Rådet savner fokus på unge på kanten og beder om, at de bliver nævnt under brobygning til fællesskaber.',
        outcome: 'Socialudvalget vedtog strategien. Unge på kanten blev skrevet ind under indsatsområdet Brobygning til meningsfulde fællesskaber, som rådet foreslog.',
      },
    ],
  },
];

/** The first day of the city-council period `now` falls in (periods of four years from 2022). */
function periodStart(today: string): string {
  const year = Number(today.slice(0, 4));
  return `${year - ((((year - 2022) % 4) + 4) % 4)}-01-01`;
}

/** The same calendar day `years` earlier (negative: later; 29 February becomes the 28th), so there is one meeting a year. */
function sameDayYearsBefore(date: string, years: number): string {
  const monthDay = date.slice(5) === '02-29' && years !== 0 ? '02-28' : date.slice(5);
  return `${Number(date.slice(0, 4)) - years}-${monthDay}`;
}

/** The demo's councils with members, dialogue meetings and hearings. Returns the number of rows loaded. */
export async function loadDemoCouncils(trx: Transaction<Database>, municipality: { tenantId: string; slug: string }, now = new Date()): Promise<number> {
  if (municipality.slug !== 'randers') return 0;
  const { tenantId } = municipality;
  const today = copenhagenToday(now);
  const day = (days: number) => addDays(today, days);
  const start = periodStart(today);
  const previousStart = `${Number(start.slice(0, 4)) - 4}-01-01`;
  const personaUser = async (persona: string) => (await trx.selectFrom('app_user').select('user_id').where('tenant_id', '=', tenantId).where('demo_key', '=', persona).executeTakeFirstOrThrow()).user_id;
  const sender = await trx.selectFrom('app_user').select('user_id').where('tenant_id', '=', tenantId).where('demo_key', '=', 'karen').executeTakeFirst();
  // Loaded after the strategies, so each hearing names the strategy its decision belongs to.
  const strategyIds = new Map((await trx.selectFrom('strategy').select(['key', 'strategy_id']).where('tenant_id', '=', tenantId).execute()).map((r) => [r.key, r.strategy_id]));
  let rows = 0;
  for (const council of councils) {
    const bodyId = newId();
    await trx.insertInto('steering_body').values({ tenant_id: tenantId, body_id: bodyId, key: council.key, kind: 'council', name: council.name, description: council.description, created_at: now }).execute();
    rows += 1;
    for (const member of council.members) {
      await trx
        .insertInto('steering_body_member')
        .values({
          tenant_id: tenantId,
          member_id: newId(),
          body_id: bodyId,
          name: member.name,
          role: member.role,
          organisation: member.organisation,
          user_id: member.persona ? await personaUser(member.persona) : null,
          member_from: member.former ? previousStart : start,
          member_to: member.former ? addDays(start, -1) : null,
        })
        .execute();
      rows += 1;
    }
    const last = day(council.lastDialogueDay);
    const meetings = [
      ...council.agendas.map((agenda, yearsBack) => ({ heldOn: sameDayYearsBefore(last, yearsBack), agenda, minutes: council.minutes[yearsBack] ?? '' })),
      { heldOn: sameDayYearsBefore(last, -1), agenda: council.nextAgenda, minutes: '' },
    ];
    for (const meeting of meetings) {
      const heldOn = meeting.heldOn;
      await trx
        .insertInto('steering_meeting')
        .values({
          tenant_id: tenantId,
          meeting_id: newId(),
          body_id: bodyId,
          kind: 'dialogue-meeting',
          held_on: heldOn,
          title: `Dialogmøde med Socialudvalget ${heldOn.slice(0, 4)}`,
          agenda: meeting.agenda,
          minutes: meeting.minutes,
          created_at: new Date(Math.min(now.getTime(), Date.parse(`${heldOn}T08:00:00Z`) - 30 * 86_400_000)),
        })
        .execute();
      rows += 1;
    }
    for (const hearing of council.hearings) {
      const sentOn = day(hearing.sent);
      await trx
        .insertInto('hearing')
        .values({
          tenant_id: tenantId,
          hearing_id: newId(),
          body_id: bodyId,
          title: hearing.title,
          description: hearing.description,
          decision_reference: hearing.decisionReference,
          strategy_id: strategyIds.get(hearing.strategy) ?? null,
          sent_on: sentOn,
          respond_by: day(hearing.respondBy),
          status: hearing.status,
          response: hearing.response ?? null,
          responded_at: hearing.answered !== undefined ? new Date(`${day(hearing.answered)}T13:00:00Z`) : null,
          responded_by: hearing.answeredBy ? await personaUser(hearing.answeredBy) : null,
          outcome: hearing.outcome ?? null,
          created_by: sender?.user_id ?? null,
          created_at: new Date(`${sentOn}T08:00:00Z`),
          version: hearing.status === 'open' ? 1 : hearing.status === 'answered' ? 2 : 3,
        })
        .execute();
      rows += 1;
    }
  }
  return rows;
}

/**
 * For a demo municipality created before this part was in Mestring: loads it once, when it has no council (other
 * steering bodies — the committee, working groups — are loaded by the strategies and do not count).
 * The tenant row is locked, so two starts at once load it once.
 */
export async function loadDemoCouncilsIfMissing(db: Kysely<Database>, municipality: { tenantId: string; slug: string }, now = new Date()): Promise<number> {
  return db.transaction().execute(async (trx) => {
    await trx.selectFrom('tenant').select('tenant_id').where('tenant_id', '=', municipality.tenantId).forUpdate().executeTakeFirstOrThrow();
    const existing = await trx.selectFrom('steering_body').select('tenant_id').where('tenant_id', '=', municipality.tenantId).where('kind', '=', 'council').limit(1).executeTakeFirst();
    if (existing) return 0;
    return loadDemoCouncils(trx, municipality, now);
  });
}
