import { parsePhoneNumberFromString } from 'libphonenumber-js/min';

/*
 * ADAPTER — to be replaced by `normaliseEmail` / `normalisePhone` from @rapport/identity-resolution
 * once that lib exports them (it had no public index when the gateway was written). It follows
 * the same rules so lookups and new records match what identity resolution stores:
 * lower-case emails with provider dot/+tag rules, E.164 phones (national numbers read as GB).
 */

interface EmailProviderRule {
  ignoresDots: boolean;
  tagSeparator: string | null;
  canonicalDomain?: string;
}

const EMAIL_PROVIDER_RULES: Readonly<Record<string, EmailProviderRule>> = {
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

const EMAIL_SHAPE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Normalised email, or '' when the value cannot be an address. */
export function normaliseEmail(value: string | null | undefined): string {
  if (!value) return '';
  let email = value.trim().toLowerCase();
  if (email.startsWith('mailto:')) email = email.slice(7);
  if (!EMAIL_SHAPE.test(email)) return '';
  const at = email.lastIndexOf('@');
  let local = email.slice(0, at);
  let domain = email.slice(at + 1);
  const rule = EMAIL_PROVIDER_RULES[domain];
  if (rule) {
    if (rule.tagSeparator) {
      const tag = local.indexOf(rule.tagSeparator);
      if (tag > 0) local = local.slice(0, tag);
    }
    if (rule.ignoresDots) local = local.replace(/\./g, '');
    if (rule.canonicalDomain) domain = rule.canonicalDomain;
  }
  return local.length === 0 ? '' : `${local}@${domain}`;
}

/** E.164 phone number, or '' when no number can be read. */
export function normalisePhone(value: string | null | undefined, defaultRegion: 'GB' = 'GB'): string {
  if (!value) return '';
  const trimmed = value
    .replace(/\s*(?:ext\.?|x|#)\s*\d+\s*$/i, '')
    .replace(/\(0\)/g, '')
    .trim();
  const digits = trimmed.replace(/\D+/g, '');
  if (digits.length < 5 || digits.length > 17) return '';
  if (trimmed.startsWith('+') || trimmed.startsWith('00')) {
    const national = trimmed.startsWith('+') ? digits : digits.slice(2);
    return national.length >= 8 && national.length <= 15 ? `+${national}` : '';
  }
  return parsePhoneNumberFromString(trimmed, defaultRegion)?.number ?? '';
}
