/** Roles carried by the gateway's bearer tokens (libs/graphql-schema Role, lower-case values). */
export const ROLES = ['viewer', 'agent', 'offer_manager', 'admin', 'service'] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  viewer: 'Viewer',
  agent: 'Agent',
  offer_manager: 'Offer manager',
  admin: 'Admin',
  service: 'Service',
};

/**
 * What the UI offers each role. The gateway enforces the same rules; hiding buttons only spares
 * users a FORBIDDEN error.
 */
export const can = {
  recordOutcome: (role: Role) => role === 'agent' || role === 'admin' || role === 'service',
  editOffers: (role: Role) => role === 'offer_manager' || role === 'admin',
  splitIdentities: (role: Role) => role === 'admin',
};

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}
