/**
 * The demo's accompaniments as data (DEMO.md): Birthe swims every Thursday with Ole; Mikkel wants someone to go to a
 * handball match with him; and a spread of trips for other citizens with the volunteers the volunteers loader made.
 * Places in Randers with approximate coordinates, so distances can be worked out.
 */

export interface DemoPlace {
  name: string;
  lat: number;
  lon: number;
}

export const demoPlaces = {
  svoemmehal: { name: 'Randers Svømmehal, ved indgangen på Fritidsvej', lat: 56.4656, lon: 10.0198 },
  arena: { name: 'Arena Randers, indgang A', lat: 56.4553, lon: 10.0457 },
  vaerket: { name: 'Værket, ved billetlugen', lat: 56.4609, lon: 10.0402 },
  perron4: { name: 'Perron 4, ved døren', lat: 56.4598, lon: 10.0351 },
  gudenaaen: { name: 'Tronholmen, ved broen over Gudenåen', lat: 56.4532, lon: 10.0271 },
  bowling: { name: 'Randers Bowlingcenter, i forhallen', lat: 56.4482, lon: 10.0561 },
  kino: { name: 'Kinorama Randers, i foyeren', lat: 56.4614, lon: 10.0363 },
  bibliotek: { name: 'Randers Bibliotek, ved skranken', lat: 56.4611, lon: 10.0384 },
  stadion: { name: 'Cepheus Park Randers, indgang syd', lat: 56.4588, lon: 10.0097 },
  byparken: { name: 'Byparken, ved petanquebanen', lat: 56.4625, lon: 10.0326 },
  storegade: { name: 'Café på Storegade, ved vinduet', lat: 56.4602, lon: 10.0366 },
  regnskov: { name: 'Randers Regnskov, ved kassen', lat: 56.4572, lon: 10.0412 },
} satisfies Record<string, DemoPlace>;

export interface DemoTrip {
  citizen: string;
  activity: string;
  place: keyof typeof demoPlaces;
  /** Days from today (negative: in the past) and the Danish wall-clock time. */
  day: number;
  time: string;
  hours: number;
  status: 'open' | 'assigned' | 'accepted' | 'done' | 'cancelled' | 'missed';
  needs?: string[];
  needsNote?: string;
  citizenSmiley?: 1 | 2 | 3;
  volunteerComment?: string;
  cancelReason?: string;
}

/** About twenty trips across the other demo citizens; volunteers are given to them in turn at load time. */
export const otherDemoTrips: DemoTrip[] = [
  { citizen: 'Emil Nørgaard', activity: 'Koncert i Værket', place: 'vaerket', day: -52, time: '19:30', hours: 3, status: 'done', needs: ['autism-friendly'], needsNote: 'Emil vil gerne stå bagerst, hvor der er mindst larm.', citizenSmiley: 3, volunteerComment: 'Emil sang med på det hele. Vi gik ud i pausen.' },
  { citizen: 'Freja Dalsgaard', activity: 'Gåtur ved Gudenåen', place: 'gudenaaen', day: -47, time: '10:00', hours: 2, status: 'done', citizenSmiley: 3, volunteerComment: 'Dejlig tur. Freja viste mig, hvor hun fodrer ænderne.' },
  { citizen: 'Lene Kjeldsen', activity: 'Bowling', place: 'bowling', day: -41, time: '14:00', hours: 2, status: 'done', needs: ['wheelchair'], needsNote: 'Lene bruger kørestol og har brug for en rampe til kuglen.', citizenSmiley: 2, volunteerComment: 'Rampen var i stykker. Vi fik lånt en anden efter en halv time.' },
  { citizen: 'Tobias Frandsen', activity: 'Fodboldkamp: Randers FC mod AGF', place: 'stadion', day: -38, time: '18:00', hours: 3, status: 'done', citizenSmiley: 3, volunteerComment: 'Tobias var glad for sejren.' },
  { citizen: 'Pia Søgaard', activity: 'Fællesspisning på Perron 4', place: 'perron4', day: -33, time: '17:30', hours: 2, status: 'cancelled', cancelReason: 'Pia havde fået en tid hos lægen samme dag.' },
  { citizen: 'Hans Jørgen Madsen', activity: 'Biograftur', place: 'kino', day: -29, time: '15:00', hours: 3, status: 'done', needs: ['calm'], citizenSmiley: 3, volunteerComment: 'Hans Jørgen vil gerne se den næste film i serien.' },
  { citizen: 'Lone Bertelsen', activity: 'Besøg på biblioteket', place: 'bibliotek', day: -26, time: '11:00', hours: 2, status: 'missed', cancelReason: 'Lone var ikke klar, da den frivillige kom. Personalet var ikke blevet sagt til.' },
  { citizen: 'Maria Gregersen', activity: 'Petanque i Byparken', place: 'byparken', day: -22, time: '13:00', hours: 2, status: 'done', citizenSmiley: 2, volunteerComment: 'Det regnede, så vi stoppede tidligt.' },
  { citizen: 'Brian Poulsen', activity: 'Café-besøg på Storegade', place: 'storegade', day: -19, time: '14:00', hours: 2, status: 'done', citizenSmiley: 3, volunteerComment: 'God snak om fiskeri.' },
  { citizen: 'Signe Overgaard', activity: 'Randers Regnskov', place: 'regnskov', day: -15, time: '10:00', hours: 3, status: 'done', needs: ['autism-friendly'], citizenSmiley: 3, volunteerComment: 'Signe elskede sommerfuglene.' },
  { citizen: 'Allan Thygesen', activity: 'Gåtur ved Gudenåen', place: 'gudenaaen', day: -12, time: '09:30', hours: 2, status: 'done', citizenSmiley: 1, volunteerComment: 'Allan havde ondt i knæet og ville hjem efter en halv time.' },
  { citizen: 'Emil Nørgaard', activity: 'Bowling', place: 'bowling', day: -8, time: '16:00', hours: 2, status: 'cancelled', cancelReason: 'Den frivillige var syg.' },
  { citizen: 'Freja Dalsgaard', activity: 'Koncert i Værket', place: 'vaerket', day: -5, time: '19:00', hours: 3, status: 'done', citizenSmiley: 3, volunteerComment: 'Freja dansede hele aftenen.' },
  { citizen: 'Lene Kjeldsen', activity: 'Café-besøg på Storegade', place: 'storegade', day: 3, time: '14:00', hours: 2, status: 'accepted', needs: ['wheelchair'], needsNote: 'Caféen har trappetrin. Brug døren i gården.' },
  { citizen: 'Tobias Frandsen', activity: 'Fodboldkamp: Randers FC mod Brøndby', place: 'stadion', day: 6, time: '16:00', hours: 3, status: 'assigned' },
  { citizen: 'Pia Søgaard', activity: 'Fællesspisning på Perron 4', place: 'perron4', day: 8, time: '17:30', hours: 2, status: 'open', needsNote: 'Pia vil gerne have en kvindelig frivillig.' },
  { citizen: 'Hans Jørgen Madsen', activity: 'Biograftur', place: 'kino', day: 9, time: '15:00', hours: 3, status: 'accepted', needs: ['calm'] },
  { citizen: 'Maria Gregersen', activity: 'Petanque i Byparken', place: 'byparken', day: 12, time: '13:00', hours: 2, status: 'open' },
  { citizen: 'Brian Poulsen', activity: 'Besøg på biblioteket', place: 'bibliotek', day: 14, time: '11:00', hours: 2, status: 'open', needs: ['language:en'], needsNote: 'Brian vil gerne øve sit engelsk.' },
  { citizen: 'Signe Overgaard', activity: 'Randers Regnskov', place: 'regnskov', day: 16, time: '10:00', hours: 3, status: 'open', needs: ['autism-friendly', 'calm'] },
  { citizen: 'Allan Thygesen', activity: 'Bowling', place: 'bowling', day: 20, time: '14:00', hours: 2, status: 'open' },
];
