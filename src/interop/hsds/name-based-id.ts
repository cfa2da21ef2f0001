import { createHash } from 'node:crypto';

/**
 * Name-based UUIDs (version 5, RFC 9562 §5.5): the same name gives the same id in every installation, so the ids
 * of Mestring's own HSDS taxonomies, terms and generated sub-objects can be relied on by other systems.
 */
export function uuidV5(name: string, namespace: string): string {
  const hash = createHash('sha1').update(Buffer.from(namespace.replace(/-/g, ''), 'hex')).update(name, 'utf8').digest();
  hash[6] = (hash[6]! & 0x0f) | 0x50;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** RFC 9562's namespace for names that are URLs. */
export const URL_NAMESPACE = '6ba7b811-9dad-11d1-80b4-00c04fd430c8';

/** Mestring's namespace for HSDS ids: uuidV5('urn:mestring:hsds', URL_NAMESPACE). Never change it. */
export const MESTRING_HSDS_NAMESPACE = 'e11b7337-d976-5e14-81b6-2d9b93794a83';

/** The id Mestring gives the HSDS thing with this name, e.g. "taxonomy/target-group". */
export const mestringId = (name: string): string => uuidV5(name, MESTRING_HSDS_NAMESPACE);
