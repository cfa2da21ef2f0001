/**
 * KL's FFB (Fælles Faglige Begreber, urn:oid:1.2.208.176.2.22) offer types: the "Tilbud" (kinds of offer) and
 * "Ydelse" (kinds of service) branches of the code system, as the catalogue classifies offers by them.
 * Copied from KL's CodeSystem-FFB so that nothing is fetched at run time; `parent` keeps the hierarchy.
 */
export const FFB_SYSTEM = 'urn:oid:1.2.208.176.2.22';

export interface FfbOfferType {
  code: string;
  display: string;
  kind: 'tilbud' | 'ydelse';
  parent?: string;
}

export const ffbOfferTypes: readonly FfbOfferType[] = [
  { code: '5ea75f09-8eec-4edc-aafd-a330a523c33e', display: 'Socialt akuttilbud', kind: 'tilbud' },
  { code: 'd90f4da6-f87a-43b5-833f-646b4baf16d6', display: 'Mobilt tilbud', kind: 'tilbud' },
  { code: '7fec7d14-addb-4684-9637-403739de6228', display: 'Dagtilbud til voksne', kind: 'tilbud' },
  { code: '9401777d-bdc5-4f52-9804-63c8cae9a792', display: 'Aktivitets- og samværstilbud', kind: 'tilbud', parent: '7fec7d14-addb-4684-9637-403739de6228' },
  { code: 'a0fb02a2-367c-48bc-bacd-92e49a861a4c', display: 'Beskyttet beskæftigelsestilbud', kind: 'tilbud', parent: '7fec7d14-addb-4684-9637-403739de6228' },
  { code: 'd23e3e8a-7fcf-4603-9d75-481b6e47e0eb', display: 'Botilbudslignende tilbud', kind: 'tilbud' },
  { code: 'a7cbf55b-6906-4b2a-872e-c48b4d728837', display: 'Almen ældre- og handicapvenlig bolig', kind: 'tilbud', parent: 'd23e3e8a-7fcf-4603-9d75-481b6e47e0eb' },
  { code: '2ecfcfe5-10ed-4934-a744-f18ce30b1619', display: 'Botilbud til voksne', kind: 'tilbud' },
  { code: '25de7444-3919-4dab-b844-8cec6c15f30e', display: 'Midlertidigt botilbud til voksne', kind: 'tilbud', parent: '2ecfcfe5-10ed-4934-a744-f18ce30b1619' },
  { code: '96c97f55-a11b-47f8-aa52-6fdae4e804c2', display: 'Længerevarende botilbud til voksne', kind: 'tilbud', parent: '2ecfcfe5-10ed-4934-a744-f18ce30b1619' },
  { code: '070016aa-e164-4813-aca5-b75acab89d63', display: 'Sikret længerevarende botilbud til voksne', kind: 'tilbud', parent: '96c97f55-a11b-47f8-aa52-6fdae4e804c2' },
  { code: '498fe92c-d7f7-41cd-9404-5b38fe113be0', display: 'Almindeligt længerevarende botilbud til voksne', kind: 'tilbud', parent: '96c97f55-a11b-47f8-aa52-6fdae4e804c2' },
  { code: '72a2a2d4-5a83-4093-ba1c-7f759c132801', display: 'Afklaring', kind: 'ydelse' },
  { code: '35b593cf-724f-4058-9f31-fe1b3e8df124', display: 'Pædagogisk udredning', kind: 'ydelse', parent: '72a2a2d4-5a83-4093-ba1c-7f759c132801' },
  { code: 'a1eaa022-9e5c-493c-83d3-7cc40b9df9e9', display: 'Ophold', kind: 'ydelse' },
  { code: '5af56051-8413-4115-aaa2-83a0767e1137', display: 'Længerevarende ophold', kind: 'ydelse', parent: 'a1eaa022-9e5c-493c-83d3-7cc40b9df9e9' },
  { code: '80aa8ea7-4ad8-405f-876a-4c0f89fde06a', display: 'Midlertidigt ophold', kind: 'ydelse', parent: 'a1eaa022-9e5c-493c-83d3-7cc40b9df9e9' },
  { code: 'a81a3fa9-6601-4d1e-a11e-f7444dfd3828', display: 'Akut ophold', kind: 'ydelse', parent: 'a1eaa022-9e5c-493c-83d3-7cc40b9df9e9' },
  { code: 'a2256d86-1cf8-4da5-be49-1f49f4335ecb', display: 'Aktivitet og samvær', kind: 'ydelse' },
  { code: '299af83f-586c-4c17-8af6-c8c47a847d6d', display: 'Sansestimulerende aktivitet', kind: 'ydelse', parent: 'a2256d86-1cf8-4da5-be49-1f49f4335ecb' },
  { code: '2c1944be-fe87-4c42-b08e-9cc075c9ef18', display: 'Oplevelsesaktivitet', kind: 'ydelse', parent: 'a2256d86-1cf8-4da5-be49-1f49f4335ecb' },
  { code: '66e23d66-1c5f-4070-bed1-8827cc863dcd', display: 'Fysisk aktivitet', kind: 'ydelse', parent: 'a2256d86-1cf8-4da5-be49-1f49f4335ecb' },
  { code: '7e419926-bb04-4829-99c9-95ea20403c2c', display: 'Social aktivitet', kind: 'ydelse', parent: 'a2256d86-1cf8-4da5-be49-1f49f4335ecb' },
  { code: 'be5d5058-ef06-42a9-b894-51e44513e717', display: 'Kreativ aktivitet', kind: 'ydelse', parent: 'a2256d86-1cf8-4da5-be49-1f49f4335ecb' },
  { code: 'f25674bf-3162-45c3-bde4-6d542bf9629b', display: 'Kompetenceudviklende aktivitet', kind: 'ydelse', parent: 'a2256d86-1cf8-4da5-be49-1f49f4335ecb' },
  { code: 'd8505298-6ea5-4ca8-923d-6e4451cc9a48', display: 'Beskyttet beskæftigelse', kind: 'ydelse' },
  { code: '55b77d7c-afce-4269-9232-7731ab1ef4fc', display: 'Service', kind: 'ydelse', parent: 'd8505298-6ea5-4ca8-923d-6e4451cc9a48' },
  { code: 'c429b7a9-5085-472b-b118-a21ca90f769f', display: 'Praktikforløb', kind: 'ydelse', parent: 'd8505298-6ea5-4ca8-923d-6e4451cc9a48' },
  { code: 'fb3d8722-90e0-4a80-ba65-490617ffeb0f', display: 'Produktion og værksted', kind: 'ydelse', parent: 'd8505298-6ea5-4ca8-923d-6e4451cc9a48' },
  { code: '1f0ff82b-3243-422f-9651-1d00fd2dcd61', display: 'Socialpædagogisk støtte', kind: 'ydelse' },
  { code: '309b778e-52ed-448a-91ae-0650a6cd8b1b', display: 'Støtte til samfundsdeltagelse', kind: 'ydelse', parent: '1f0ff82b-3243-422f-9651-1d00fd2dcd61' },
  { code: '0886a1b6-4a3a-47e5-9c97-066270529e4f', display: 'Støtte til transport', kind: 'ydelse', parent: '309b778e-52ed-448a-91ae-0650a6cd8b1b' },
  { code: '1a2daf63-0510-4bf3-8578-662d4300c965', display: 'Støtte til uddannelse', kind: 'ydelse', parent: '309b778e-52ed-448a-91ae-0650a6cd8b1b' },
  { code: 'cb1169ee-8969-46d3-813d-f0dd555bd838', display: 'Støtte til beskæftigelse', kind: 'ydelse', parent: '309b778e-52ed-448a-91ae-0650a6cd8b1b' },
  { code: 'e2631dec-fd8b-420e-94db-53fd80e82766', display: 'Støtte til kontakt til offentlige og private instanser', kind: 'ydelse', parent: '309b778e-52ed-448a-91ae-0650a6cd8b1b' },
  { code: '329782cf-a740-4eb7-aa7e-aaaa9a53c99e', display: 'Støtte til sundhed', kind: 'ydelse', parent: '1f0ff82b-3243-422f-9651-1d00fd2dcd61' },
  { code: '3c1639d0-e486-43c6-8add-448b8aff4b8f', display: 'Støtte til sund levevis', kind: 'ydelse', parent: '329782cf-a740-4eb7-aa7e-aaaa9a53c99e' },
  { code: '72272d03-1774-4a14-b598-5f19b5eac83f', display: 'Støtte til personlig hygiejne', kind: 'ydelse', parent: '329782cf-a740-4eb7-aa7e-aaaa9a53c99e' },
  { code: 'ad7755d2-11bf-468d-958b-2f0c8d9c3742', display: 'Støtte til psykisk trivsel', kind: 'ydelse', parent: '329782cf-a740-4eb7-aa7e-aaaa9a53c99e' },
  { code: 'bd5fea9a-16ed-4e63-b6a1-8e83caaf9b0b', display: 'Støtte til seksualitet', kind: 'ydelse', parent: '329782cf-a740-4eb7-aa7e-aaaa9a53c99e' },
  { code: 'e7c8b42e-b882-4629-8e03-65e44b1aa3e3', display: 'Støtte til behandling', kind: 'ydelse', parent: '329782cf-a740-4eb7-aa7e-aaaa9a53c99e' },
  { code: '4ff4a2d4-4cde-4a22-bb37-ecfbd3fd9650', display: 'Støtte til relationer og fællesskaber', kind: 'ydelse', parent: '1f0ff82b-3243-422f-9651-1d00fd2dcd61' },
  { code: '05cd5e81-1a3a-4bdd-901b-7ec96c12d990', display: 'Støtte til sociale relationer', kind: 'ydelse', parent: '4ff4a2d4-4cde-4a22-bb37-ecfbd3fd9650' },
  { code: 'ea47a198-7e24-472d-ba5d-132b8b744710', display: 'Støtte til varetagelse af forældrerollen', kind: 'ydelse', parent: '4ff4a2d4-4cde-4a22-bb37-ecfbd3fd9650' },
  { code: 'a63f7092-63d9-4cb5-ace5-655b552fdacc', display: 'Støtte til praktiske opgaver', kind: 'ydelse', parent: '1f0ff82b-3243-422f-9651-1d00fd2dcd61' },
  { code: '638f44df-6bf2-47f8-9935-b8fdc83e5bf5', display: 'Støtte til daglige opgaver i hjemmet', kind: 'ydelse', parent: 'a63f7092-63d9-4cb5-ace5-655b552fdacc' },
  { code: 'c56634ca-6847-4c50-b5c1-c528c1ffc1d8', display: 'Støtte til etablering i bolig', kind: 'ydelse', parent: 'a63f7092-63d9-4cb5-ace5-655b552fdacc' },
  { code: 'd473dea2-4f6d-4f36-a8f0-260f0213f50a', display: 'Støtte til administration', kind: 'ydelse', parent: 'a63f7092-63d9-4cb5-ace5-655b552fdacc' },
  { code: '21dca9cf-c238-465b-9f12-15351f51b038', display: 'Forebyggende hjælp og støtte', kind: 'ydelse' },
  { code: '3459f530-7334-48c4-9037-53bf80df8851', display: 'Gruppebaseret hjælp og støtte', kind: 'ydelse', parent: '21dca9cf-c238-465b-9f12-15351f51b038' },
  { code: 'f3edac43-d0d6-4cc3-96c7-4658a557257a', display: 'Akut rådgivning, omsorg og støtte', kind: 'ydelse', parent: '21dca9cf-c238-465b-9f12-15351f51b038' },
  { code: 'fe42f8f4-d516-4bab-b006-12b0cd186603', display: 'Individuel tidsbegrænset socialpædagogisk hjælp og støtte', kind: 'ydelse', parent: '21dca9cf-c238-465b-9f12-15351f51b038' },
  { code: '794ebc42-0639-46eb-aca2-40e996568578', display: 'Hjælp og støtte etableret i samarbejde med frivillige', kind: 'ydelse', parent: '21dca9cf-c238-465b-9f12-15351f51b038' },
  { code: 'b6e1f331-fccf-4a33-8bb6-566546edc405', display: 'Gruppebaseret hjælp og støtte etableret i samarbejde med frivillige', kind: 'ydelse', parent: '794ebc42-0639-46eb-aca2-40e996568578' },
  { code: 'd580bcb7-145a-4346-8e99-d387bbf08a40', display: 'Individuel tidsbegrænset socialpædagogisk hjælp og støtte leveret i samarbejde med frivillige', kind: 'ydelse', parent: '794ebc42-0639-46eb-aca2-40e996568578' },
];

const byCode = new Map(ffbOfferTypes.map((t) => [t.code, t]));

export function ffbOfferType(code: string): FfbOfferType | undefined {
  return byCode.get(code);
}
