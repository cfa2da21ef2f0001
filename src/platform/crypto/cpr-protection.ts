import { createCipheriv, createDecipheriv, createHash, createHmac, randomBytes } from 'node:crypto';

/**
 * The CPR number at rest: AES-256-GCM with a random 96-bit nonce, the municipality's id as associated data
 * (a ciphertext copied to another municipality's row does not decrypt), and an HMAC-SHA256 search hash per
 * municipality so a case officer can find a citizen by number without decrypting every row.
 * Both keys are derived from MESTRING_CPR_KEY with distinct labels, so neither can stand in for the other.
 */
export interface CprProtection {
  /** 'v1.<nonce>.<tag>.<ciphertext>', base64url parts. `digits` is the normalised 10-digit number. */
  encrypt(tenantId: string, digits: string): string;
  decrypt(tenantId: string, stored: string): string;
  searchHash(tenantId: string, digits: string): string;
}

const derive = (secret: string, label: string) => createHash('sha256').update(`mestring:${label}:`).update(secret).digest();

export function cprProtection(secret: string): CprProtection {
  const encryptionKey = derive(secret, 'cpr-encryption');
  const searchKey = derive(secret, 'cpr-search');
  return {
    encrypt(tenantId, digits) {
      const nonce = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', encryptionKey, nonce);
      cipher.setAAD(Buffer.from(tenantId));
      const ciphertext = Buffer.concat([cipher.update(digits, 'utf8'), cipher.final()]);
      return ['v1', nonce.toString('base64url'), cipher.getAuthTag().toString('base64url'), ciphertext.toString('base64url')].join('.');
    },
    decrypt(tenantId, stored) {
      const [version, nonce, tag, ciphertext] = stored.split('.');
      if (version !== 'v1' || !nonce || !tag || !ciphertext) throw new Error('CPR ciphertext has an unknown format');
      const decipher = createDecipheriv('aes-256-gcm', encryptionKey, Buffer.from(nonce, 'base64url'));
      decipher.setAAD(Buffer.from(tenantId));
      decipher.setAuthTag(Buffer.from(tag, 'base64url'));
      return Buffer.concat([decipher.update(Buffer.from(ciphertext, 'base64url')), decipher.final()]).toString('utf8');
    },
    searchHash(tenantId, digits) {
      return createHmac('sha256', searchKey).update(`${tenantId}:${digits}`).digest('hex');
    },
  };
}
