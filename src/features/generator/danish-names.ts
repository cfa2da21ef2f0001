import type { Prng } from './prng.js';
import { weightedChoice } from './weighted-choice.js';

/**
 * Names as they occur in Denmark, weighted roughly by Danmarks Statistik's counts of living bearers
 * (in thousands), so a list of 20,000 citizens has as many Jensens and Nielsens as a real one, and
 * some of the names newer Danes carry.
 */
const surnames = weightedChoice<string>([
  ['Nielsen', 235], ['Jensen', 234], ['Hansen', 199], ['Pedersen', 153], ['Andersen', 152],
  ['Christensen', 113], ['Larsen', 110], ['Sørensen', 105], ['Rasmussen', 89], ['Jørgensen', 84],
  ['Petersen', 75], ['Madsen', 60], ['Kristensen', 58], ['Olsen', 55], ['Thomsen', 45],
  ['Christiansen', 42], ['Poulsen', 38], ['Johansen', 37], ['Møller', 36], ['Mortensen', 35],
  ['Knudsen', 28], ['Jakobsen', 27], ['Jacobsen', 25], ['Mikkelsen', 23], ['Olesen', 23],
  ['Frederiksen', 22], ['Laursen', 22], ['Henriksen', 21], ['Lund', 21], ['Schmidt', 18],
  ['Eriksen', 17], ['Holm', 17], ['Kristiansen', 16], ['Clausen', 16], ['Simonsen', 15],
  ['Svendsen', 15], ['Andreasen', 14], ['Iversen', 14], ['Jeppesen', 13], ['Mogensen', 13],
  ['Jespersen', 13], ['Nissen', 12], ['Lauridsen', 12], ['Kjær', 12], ['Vestergaard', 11],
  ['Østergaard', 10], ['Bach', 10], ['Thygesen', 9], ['Dahl', 9], ['Bech', 8],
  ['Kjeldsen', 8], ['Skov', 8], ['Winther', 7], ['Bruun', 7], ['Friis', 6],
  ['Ali', 6], ['Ahmed', 5], ['Hussein', 4], ['Yilmaz', 3], ['Nguyen', 3], ['Khan', 3], ['Kaya', 2],
]);

const femaleFirstNames = weightedChoice<string>([
  ['Anne', 43], ['Kirsten', 39], ['Mette', 38], ['Hanne', 36], ['Susanne', 34], ['Anna', 33],
  ['Lene', 32], ['Maria', 32], ['Marianne', 31], ['Lone', 29], ['Camilla', 27], ['Pia', 27],
  ['Louise', 27], ['Inge', 26], ['Bente', 25], ['Charlotte', 25], ['Tina', 24], ['Karen', 24],
  ['Gitte', 23], ['Ida', 23], ['Sofie', 22], ['Emma', 22], ['Julie', 22], ['Helle', 21],
  ['Jette', 21], ['Birgitte', 20], ['Laura', 20], ['Rikke', 20], ['Katrine', 19], ['Christina', 19],
  ['Line', 18], ['Signe', 17], ['Malene', 17], ['Freja', 16], ['Sara', 16], ['Mia', 15],
  ['Maja', 15], ['Henriette', 14], ['Ella', 13], ['Anja', 13], ['Fatima', 4], ['Amina', 3],
]);

const maleFirstNames = weightedChoice<string>([
  ['Peter', 46], ['Jens', 44], ['Lars', 41], ['Michael', 40], ['Henrik', 38], ['Søren', 36],
  ['Thomas', 35], ['Jan', 34], ['Niels', 32], ['Christian', 31], ['Martin', 30], ['Jørgen', 29],
  ['Hans', 29], ['Anders', 28], ['Morten', 27], ['Jesper', 26], ['Ole', 25], ['Per', 24],
  ['Erik', 23], ['Mads', 23], ['Rasmus', 22], ['Kim', 21], ['Mikkel', 20], ['Frederik', 20],
  ['Poul', 19], ['Kasper', 19], ['Torben', 18], ['Carsten', 17], ['Steen', 16], ['Bo', 16],
  ['Allan', 15], ['Kenneth', 15], ['Brian', 14], ['Emil', 14], ['Lucas', 13], ['William', 13],
  ['Noah', 12], ['Oscar', 12], ['Victor', 12], ['Magnus', 11], ['Mohammad', 5], ['Ali', 3],
]);

/** Danish middle names are mostly old surnames; about a quarter of people carry one. */
const middleNames = weightedChoice<string>([
  ['Holm', 5], ['Skov', 5], ['Lund', 5], ['Bach', 4], ['Juul', 4], ['Krogh', 3], ['Dam', 3], ['Due', 3],
  ['Kjær', 3], ['Møller', 3], ['Brandt', 2], ['Munk', 2], ['Friis', 2], ['Høj', 2], ['Kofoed', 1],
]);

export interface PersonName {
  firstName: string;
  fullName: string;
  surname: string;
}

export function danishName(prng: Prng): PersonName {
  const firstName = (prng.chance(0.5) ? femaleFirstNames : maleFirstNames).pick(prng);
  const surname = surnames.pick(prng);
  const middle = prng.chance(0.25) ? `${middleNames.pick(prng)} ` : '';
  return { firstName, surname, fullName: `${firstName} ${middle}${surname}` };
}

/** The e-mail local part a municipality's IT would make: ASCII, lower case, dotted, numbered from the second namesake. */
export function emailLocalPart(name: PersonName, occurrence: number): string {
  const ascii = (s: string) =>
    s.toLowerCase().replaceAll('æ', 'ae').replaceAll('ø', 'oe').replaceAll('å', 'aa').replace(/[^a-z0-9]/g, '');
  return `${ascii(name.firstName)}.${ascii(name.surname)}${occurrence > 1 ? occurrence : ''}`;
}
