import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { checkIndicatorDefinition, type IndicatorDefinition } from '../../domain/indicator-definition.js';
import type { Tx } from '../../platform/db/tenant-transaction.js';
import { insertIndicatorRow } from './indicator-repository.js';

/** The indicators Mestring ships with (seed/indicators.json): every municipality starts with them, and may change them. */

const seedFile = fileURLToPath(new URL('../../../seed/indicators.json', import.meta.url));
const seedSchema = z.object({ indicators: z.array(z.object({ key: z.string().min(1).max(60), name: z.string().min(1).max(300), description: z.string().max(4000), definition: z.unknown() })) });

export interface ShippedIndicator {
  key: string;
  name: string;
  description: string;
  definition: IndicatorDefinition;
}

let shipped: ShippedIndicator[] | undefined;

/** The shipped definitions, each checked like a user's: a broken seed stops the start rather than storing it. */
export function shippedIndicators(): ShippedIndicator[] {
  shipped ??= seedSchema.parse(JSON.parse(readFileSync(seedFile, 'utf8'))).indicators.map((i) => {
    const check = checkIndicatorDefinition(i.definition);
    if (!check.ok) throw new Error(`seed/indicators.json: ${i.key}: ${check.problems.map((p) => `${p.path}: ${p.en}`).join('; ')}`);
    return { key: i.key, name: i.name, description: i.description, definition: check.definition };
  });
  return shipped;
}

/** Gives a municipality the shipped indicators it does not have (a key it has already is left as it is). Returns how many. */
export async function installShippedIndicators(trx: Tx, tenantId: string, now: Date): Promise<number> {
  let count = 0;
  for (const indicator of shippedIndicators()) {
    if (await insertIndicatorRow(trx, tenantId, { ...indicator, now })) count += 1;
  }
  return count;
}
