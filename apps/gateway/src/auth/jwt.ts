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

/** A verified token's caller and when the token expires (ms since the epoch; Infinity without `exp`). */
interface VerifiedCaller {
  caller: Caller;
  expiresAt: number;
}

function bearerToken(header: string): string {
  const match = /^Bearer\s+(\S+)$/i.exec(header.trim());
  if (!match) throw new RapportError('UNAUTHENTICATED', 'The Authorization header must be "Bearer <token>".');
  return match[1];
}

/**
 * Reads the caller from an `Authorization: Bearer <jwt>` header. No header → null (anonymous);
 * a malformed, expired or forged token → UNAUTHENTICATED.
 */
function verifiedCaller(header: string | undefined, key: KeyObject, now: number): VerifiedCaller | null {
  if (!header) return null;
  const token = bearerToken(header);
  let payload: jwt.JwtPayload | string;
  try {
    payload = jwt.verify(token, key, {
      algorithms: [ALGORITHM],
      issuer: ISSUER,
      clockTimestamp: Math.floor(now / 1000),
    });
  } catch (error) {
    const reason = error instanceof jwt.TokenExpiredError ? 'has expired' : 'is not valid';
    throw new RapportError('UNAUTHENTICATED', `The bearer token ${reason}.`);
  }
  if (typeof payload === 'string' || !payload.sub || !isRole(payload['role'])) {
    throw new RapportError('UNAUTHENTICATED', 'The bearer token carries no subject or no known role.');
  }
  return {
    caller: { subject: payload.sub, role: payload['role'] },
    expiresAt: typeof payload.exp === 'number' ? payload.exp * 1000 : Number.POSITIVE_INFINITY,
  };
}

/** Most tokens a CallerCache remembers (a few hundred bytes each). */
const CALLER_CACHE_SIZE = 10_000;

/**
 * callerFromAuthorization with memory: a client sends the same token with every request, and
 * verifying it (decode, HMAC, claims) cost as much CPU as a small GraphQL query's execution.
 * Only tokens that verified are remembered, keyed by the whole header (so a forged token never
 * matches), and each until its `exp`; the oldest is forgotten first when the cache is full.
 * Invalid tokens are verified, and refused, every time.
 */
export class CallerCache {
  private readonly verified = new Map<string, VerifiedCaller>();

  constructor(
    private readonly key: KeyObject,
    private readonly capacity = CALLER_CACHE_SIZE,
  ) {}

  fromAuthorization(header: string | undefined, now = Date.now()): Caller | null {
    if (!header) return null;
    const known = this.verified.get(header);
    if (known && now < known.expiresAt) return known.caller;
    if (known) this.verified.delete(header);
    // Throws for an invalid or expired token (and re-checks an expired one, with its message).
    const fresh = verifiedCaller(header, this.key, now);
    if (!fresh) return null;
    if (this.verified.size >= this.capacity) this.verified.delete(this.verified.keys().next().value as string);
    this.verified.set(header, fresh);
    return fresh.caller;
  }
}
