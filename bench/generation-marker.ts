import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { GenerateReport } from '../src/features/generator/generate-municipality.js';

/**
 * Generating ten million rows takes minutes, so a prepared database is kept and reused while it holds
 * what the generator would make now: same scale, seed, tenant and generator source. Changing any file of
 * the generator changes the fingerprint and the next run regenerates. New migrations do not: they are
 * applied to the kept database as they would be in production.
 */
export interface GenerationMarker {
  fingerprint: string;
  scale: number;
  seed: number;
  tenantSlug: string;
  tenantId: string;
  generatedAt: string;
  report: GenerateReport;
}

const generatorDir = fileURLToPath(new URL('../src/features/generator/', import.meta.url));

export const BENCH_TENANT_SLUG = 'bench';

export function generationFingerprint(scale: number, seed: number): string {
  const hash = createHash('sha256').update(JSON.stringify({ scale, seed, tenant: BENCH_TENANT_SLUG }));
  for (const file of readdirSync(generatorDir).filter((f) => f.endsWith('.ts')).sort()) {
    hash.update(file).update(readFileSync(generatorDir + file));
  }
  return hash.digest('hex');
}

export function parseMarker(raw: string | null | undefined): GenerationMarker | null {
  if (!raw) return null;
  try {
    return JSON.parse(raw) as GenerationMarker;
  } catch {
    return null;
  }
}

/** A name-safe form of the scale for database and directory names: 0.01 → 0_01. */
export const scaleTag = (scale: number) => String(scale).replace(/[^0-9]/g, '_');
