import { isRole, type Role } from './role';

export interface SessionToken {
  token: string;
  role: Role;
  subject: string;
  /** Seconds since the epoch, when the token says. */
  expiresAt: number | null;
}

function decodeBase64Url(segment: string): string {
  const base64 = segment.replace(/-/g, '+').replace(/_/g, '/');
  const padded = base64 + '='.repeat((4 - (base64.length % 4)) % 4);
  const bytes = Uint8Array.from(atob(padded), (c) => c.charCodeAt(0));
  return new TextDecoder().decode(bytes);
}

function roleFromClaims(claims: Record<string, unknown>): Role | null {
  const candidates = [claims['role'], ...(Array.isArray(claims['roles']) ? claims['roles'] : [])];
  for (const candidate of candidates) {
    const normalised = typeof candidate === 'string' ? candidate.toLowerCase().replace(/-/g, '_') : candidate;
    if (isRole(normalised)) return normalised;
  }
  return null;
}

/**
 * Reads the role from a JWT's payload so the UI can adapt. The signature is not checked here:
 * the gateway verifies every request; a forged token only changes which buttons are shown.
 */
export function parseToken(raw: string): SessionToken | { error: string } {
  const token = raw.trim().replace(/^Bearer\s+/i, '');
  const parts = token.split('.');
  if (parts.length !== 3) return { error: 'This does not look like a token (expected three dot-separated parts).' };
  let claims: Record<string, unknown>;
  try {
    claims = JSON.parse(decodeBase64Url(parts[1] ?? '')) as Record<string, unknown>;
  } catch {
    return { error: 'The token payload could not be read.' };
  }
  const role = roleFromClaims(claims);
  if (!role) return { error: 'The token carries no known role (viewer, agent, offer_manager, admin, service).' };
  const exp = typeof claims['exp'] === 'number' ? claims['exp'] : null;
  if (exp !== null && exp * 1000 < Date.now()) return { error: 'This token has expired; copy a fresh one from the gateway.' };
  const subject = typeof claims['sub'] === 'string' ? claims['sub'] : role;
  return { token, role, subject, expiresAt: exp };
}
