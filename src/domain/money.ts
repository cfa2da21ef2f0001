/**
 * Money is integer øre everywhere (1 DKK = 100 øre). Arithmetic that can leave fractions of an øre is done on
 * BigInt numerators and divided once, with the rounding named at the call site: `divideRoundHalfUp` rounds a half
 * øre away from zero, as Danish public accounts round ("afrunding til nærmeste øre").
 */
export type Ore = number;

export class MoneyError extends Error {
  override name = 'MoneyError';
}

/** Øre as a checked integer: amounts beyond 2^53 would lose øre silently, so they are refused. */
export function ore(value: bigint | number): Ore {
  const n = typeof value === 'bigint' ? Number(value) : value;
  if (!Number.isSafeInteger(n)) throw new MoneyError(`not a whole amount of øre within range: ${String(value)}`);
  return n;
}

/** numerator / denominator to the nearest whole unit, a half rounded away from zero. */
export function divideRoundHalfUp(numerator: bigint, denominator: bigint): bigint {
  if (denominator <= 0n) throw new MoneyError('division by a non-positive denominator');
  const negative = numerator < 0n;
  const magnitude = negative ? -numerator : numerator;
  const rounded = (magnitude * 2n + denominator) / (denominator * 2n);
  return negative ? -rounded : rounded;
}

/** DKK (a whole or a decimal amount, as people write it) to øre, refusing more than two decimals. */
export function oreFromKroner(kroner: number): Ore {
  const value = Math.round(kroner * 100);
  if (Math.abs(value - kroner * 100) > 1e-6) throw new MoneyError(`more than two decimals: ${kroner}`);
  return ore(value);
}
