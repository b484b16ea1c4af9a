import { createSecretKey, type KeyObject } from 'node:crypto';
import jwt from 'jsonwebtoken';
import { RapportError } from '@rapport/shared-util';
import { type Role } from '@rapport/graphql-schema';
import { type Caller } from './caller';
import { isRole } from './roles';

const ISSUER = 'rapport';
const ALGORITHM = 'HS256';

/** Signs a bearer token for `subject` with `role`. */
export function signToken(secret: string, subject: string, role: Role, expiresInSeconds = 30 * 24 * 3600): string {
  return jwt.sign({ role }, secret, { algorithm: ALGORITHM, issuer: ISSUER, subject, expiresIn: expiresInSeconds });
}

/**
 * The verification key for a secret. Build it once: given a string, jsonwebtoken first tries to
 * parse it as a public key on every call (an exception each time, ~1 ms per request).
 */
export function verificationKey(secret: string): KeyObject {
  return createSecretKey(Buffer.from(secret, 'utf8'));
}

/**
 * Reads the caller from an `Authorization: Bearer <jwt>` header. No header → null (anonymous);
 * a malformed, expired or forged token → UNAUTHENTICATED.
 */
export function callerFromAuthorization(header: string | undefined, key: KeyObject): Caller | null {
  if (!header) return null;
  const match = /^Bearer\s+(\S+)$/i.exec(header.trim());
  if (!match) throw new RapportError('UNAUTHENTICATED', 'The Authorization header must be "Bearer <token>".');
  let payload: jwt.JwtPayload | string;
  try {
    payload = jwt.verify(match[1], key, { algorithms: [ALGORITHM], issuer: ISSUER });
  } catch (error) {
    const reason = error instanceof jwt.TokenExpiredError ? 'has expired' : 'is not valid';
    throw new RapportError('UNAUTHENTICATED', `The bearer token ${reason}.`);
  }
  if (typeof payload === 'string' || !payload.sub || !isRole(payload['role'])) {
    throw new RapportError('UNAUTHENTICATED', 'The bearer token carries no subject or no known role.');
  }
  return { subject: payload.sub, role: payload['role'] };
}
