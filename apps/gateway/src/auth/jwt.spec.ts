import jwt from 'jsonwebtoken';
import { Role } from '@rapport/graphql-schema';
import { CallerCache, signToken, verificationKey } from './jwt';

const SECRET = 'a-test-secret-of-at-least-32-characters!!';

describe('CallerCache', () => {
  const bearer = (token: string) => `Bearer ${token}`;

  it('reads the caller of a valid token, and again from memory', () => {
    const cache = new CallerCache(verificationKey(SECRET));
    const header = bearer(signToken(SECRET, 'ana', Role.AGENT, 60));
    expect(cache.fromAuthorization(header)).toEqual({ subject: 'ana', role: 'agent' });
    expect(cache.fromAuthorization(header)).toEqual({ subject: 'ana', role: 'agent' });
    expect(cache.fromAuthorization(undefined)).toBeNull();
  });

  it('refuses a remembered token once it expired', () => {
    const cache = new CallerCache(verificationKey(SECRET));
    const header = bearer(signToken(SECRET, 'ana', Role.AGENT, 60));
    expect(cache.fromAuthorization(header)?.subject).toBe('ana');
    expect(() => cache.fromAuthorization(header, Date.now() + 61_000)).toThrow(/expired|not valid/);
  });

  it('refuses forged, malformed and role-less tokens every time', () => {
    const cache = new CallerCache(verificationKey(SECRET));
    const forged = bearer(signToken('another-secret-of-at-least-32-characters', 'eve', Role.ADMIN, 60));
    for (let i = 0; i < 2; i++) expect(() => cache.fromAuthorization(forged)).toThrow('The bearer token is not valid.');
    expect(() => cache.fromAuthorization('Basic abc')).toThrow(/Bearer <token>/);
    const noRole = bearer(jwt.sign({}, SECRET, { algorithm: 'HS256', issuer: 'rapport', subject: 'x', expiresIn: 60 }));
    expect(() => cache.fromAuthorization(noRole)).toThrow(/no known role/);
  });

  it('forgets the oldest token when full, and still verifies it when it comes back', () => {
    const cache = new CallerCache(verificationKey(SECRET), 2);
    const headers = ['a', 'b', 'c'].map((subject) => bearer(signToken(SECRET, subject, Role.AGENT, 60)));
    for (const header of headers) cache.fromAuthorization(header);
    const verified = (cache as unknown as { verified: Map<string, unknown> }).verified;
    expect([...verified.keys()]).toEqual([headers[1], headers[2]]);
    expect(cache.fromAuthorization(headers[0])?.subject).toBe('a');
  });
});
