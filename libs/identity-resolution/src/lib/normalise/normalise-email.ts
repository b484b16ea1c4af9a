/** How a mail provider treats the local part of its addresses. */
export interface EmailProviderRule {
  /** Dots in the local part are ignored (`j.smith` = `jsmith`). */
  ignoresDots: boolean;
  /** The character that starts an ignored tag (`jsmith+shop` = `jsmith`), if any. */
  tagSeparator: string | null;
  /** The canonical domain (googlemail.com delivers to gmail.com). */
  canonicalDomain?: string;
}

/** Provider rules for the big consumer mailbox providers; other domains keep their local part. */
export const DEFAULT_EMAIL_PROVIDER_RULES: Readonly<Record<string, EmailProviderRule>> = {
  'gmail.com': { ignoresDots: true, tagSeparator: '+' },
  'googlemail.com': { ignoresDots: true, tagSeparator: '+', canonicalDomain: 'gmail.com' },
  'outlook.com': { ignoresDots: false, tagSeparator: '+' },
  'hotmail.com': { ignoresDots: false, tagSeparator: '+' },
  'hotmail.co.uk': { ignoresDots: false, tagSeparator: '+' },
  'live.com': { ignoresDots: false, tagSeparator: '+' },
  'icloud.com': { ignoresDots: false, tagSeparator: '+' },
  'me.com': { ignoresDots: false, tagSeparator: '+', canonicalDomain: 'icloud.com' },
  'protonmail.com': { ignoresDots: false, tagSeparator: '+' },
  'proton.me': { ignoresDots: false, tagSeparator: '+' },
  'fastmail.com': { ignoresDots: false, tagSeparator: '+' },
  'yahoo.com': { ignoresDots: false, tagSeparator: '-' },
  'yahoo.co.uk': { ignoresDots: false, tagSeparator: '-' },
};

// Deliberately permissive: one @, something on both sides, a dot in the domain. Real
// validation is the mail server's job; here we only refuse what cannot be an address.
const SHAPE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * Normalises an email for matching: trims, lower-cases, applies the provider's dot and
 * tag rules. Returns '' when the value is empty or not shaped like an address.
 */
export function normaliseEmail(
  value: string | null | undefined,
  rules: Readonly<Record<string, EmailProviderRule>> = DEFAULT_EMAIL_PROVIDER_RULES,
): string {
  if (!value) return '';
  let email = value.trim().toLowerCase();
  if (email.startsWith('mailto:')) email = email.slice(7);
  if (!SHAPE.test(email)) return '';
  const at = email.lastIndexOf('@');
  let local = email.slice(0, at);
  let domain = email.slice(at + 1);
  const rule = rules[domain];
  if (rule) {
    if (rule.tagSeparator) {
      const tag = local.indexOf(rule.tagSeparator);
      if (tag > 0) local = local.slice(0, tag);
    }
    if (rule.ignoresDots) local = local.replace(/\./g, '');
    if (rule.canonicalDomain) domain = rule.canonicalDomain;
  }
  if (local.length === 0) return '';
  return `${local}@${domain}`;
}
