import { SeededRandom } from '@rapport/shared-util';
import { NICKNAME_GROUPS } from '../normalise/nicknames';
import { type SourceRecord } from '../record/source-record';
import { GIVEN_NAMES, MAIL_DOMAINS, STREET_TYPES, STREET_WORDS, SURNAMES, TOWNS } from './name-pools';

/** Options of {@link generateCustomerRecords}. */
export interface SyntheticOptions {
  /** Number of people (records are about 2.6 per person). */
  people: number;
  seed?: number;
}

/** Records with their true person ids (`personIds[i]` belongs to `records[i]`). */
export interface SyntheticDataset {
  records: SourceRecord[];
  personIds: string[];
}

interface Address {
  houseNumber: number;
  street: string;
  town: (typeof TOWNS)[number];
  postcode: string;
  landline: string | null;
}

interface Person {
  id: string;
  first: string;
  last: string;
  dob: { y: number; m: number; d: number };
  mobile: string | null;
  email: string | null;
  address: Address;
  previousAddress: Address | null;
}

const LETTERS = 'ABDEFGHJLNPQRSTUWXYZ';

/**
 * A realistic multi-source customer population with known truth: households sharing an
 * address, a surname and a landline; common names (namesakes); nicknames; typos; phone,
 * email and date formats; people who moved (older records keep the old address and
 * landline); thin WhatsApp records (given name + mobile), loyalty cards (name, birth date,
 * postcode), call-centre records (often the household landline), web sign-ups and a CRM.
 */
export function generateCustomerRecords(options: SyntheticOptions): SyntheticDataset {
  const random = new SeededRandom(options.seed ?? 7);
  const records: SourceRecord[] = [];
  const personIds: string[] = [];
  const zipf = (n: number, s = 1.05): number => {
    // Inverse-CDF sampling of a truncated Zipf law over ranks 0…n-1 (approximate, continuous).
    const u = random.next();
    const h = (x: number): number => (Math.pow(x, 1 - s) - 1) / (1 - s);
    const x = Math.pow(u * h(n + 1) * (1 - s) + 1, 1 / (1 - s));
    return Math.min(n - 1, Math.max(0, Math.floor(x) - 1));
  };
  const digits = (count: number): string => {
    let s = '';
    for (let i = 0; i < count; i++) s += String(random.int(0, 9));
    return s;
  };
  const newAddress = (): Address => {
    const town = TOWNS[zipf(TOWNS.length, 0.8)];
    const hasLandline = random.chance(0.55);
    const landlineDigits = 10 - town.dialCode.length;
    return {
      houseNumber: random.int(1, 220),
      street: `${random.pick(STREET_WORDS)} ${random.pick(STREET_TYPES)}`,
      town,
      postcode: `${town.area}${random.int(1, 28)} ${random.int(1, 9)}${LETTERS[random.int(0, LETTERS.length - 1)]}${LETTERS[random.int(0, LETTERS.length - 1)]}`,
      landline: hasLandline ? `0${town.dialCode}${random.int(2, 8)}${digits(landlineDigits - 1)}` : null,
    };
  };
  const people: Person[] = [];
  // Mailboxes are personal: a taken address gets a number, as providers force.
  const emails = new Set<string>();
  while (people.length < options.people) {
    const size = random.chance(0.4) ? 1 : random.chance(0.5) ? 2 : random.chance(0.5) ? 3 : 4;
    const address = newAddress();
    const surname = SURNAMES[zipf(SURNAMES.length, 0.7)];
    const used = new Set<string>();
    const baseYear = random.int(1945, 1998);
    for (let m = 0; m < size && people.length < options.people; m++) {
      let first = GIVEN_NAMES[zipf(GIVEN_NAMES.length, 0.6)];
      while (used.has(first)) first = random.pick(GIVEN_NAMES);
      used.add(first);
      const child = m >= 2;
      const y = child ? baseYear + random.int(22, 40) : baseYear + random.int(-3, 3);
      const person: Person = {
        id: `p${people.length + 1}`,
        first,
        last: m === 1 && random.chance(0.2) ? SURNAMES[zipf(SURNAMES.length, 0.7)] : surname,
        dob: { y: Math.min(y, 2008), m: random.int(1, 12), d: random.int(1, 28) },
        mobile: random.chance(0.9) ? `07${random.int(1, 9)}${digits(8)}` : null,
        email: null,
        address,
        previousAddress: random.chance(0.15) ? newAddress() : null,
      };
      if (random.chance(0.85)) person.email = makeEmail(random, person, emails);
      people.push(person);
    }
  }
  // Deliberate namesakes: a few people share a common full name with someone unrelated.
  for (let i = 0; i < people.length * 0.03; i++) {
    const a = people[random.int(0, people.length - 1)];
    const b = people[random.int(0, people.length - 1)];
    if (a.address !== b.address) {
      b.first = a.first;
      b.last = a.last;
      if (b.email) b.email = makeEmail(random, b, emails);
    }
  }
  for (const person of people) {
    const count = 1 + (random.chance(0.75) ? 1 : 0) + (random.chance(0.5) ? 1 : 0) + (random.chance(0.3) ? 1 : 0) + (random.chance(0.15) ? 1 : 0);
    for (let r = 0; r < count; r++) {
      const record = sourceRecord(random, person, records.length);
      if (!record) continue;
      records.push(record);
      personIds.push(person.id);
    }
  }
  return { records, personIds };
}

function makeEmail(random: SeededRandom, person: Person, taken: Set<string>): string {
  const first = ascii(person.first);
  const last = ascii(person.last);
  const style = random.int(0, 4);
  const local =
    style === 0 ? `${first}.${last}` : style === 1 ? `${first}${last}${random.int(1, 99)}` : style === 2 ? `${first[0]}${last}` : style === 3 ? `${first}_${last}${random.int(60, 99)}` : `${last}.${first}${random.int(1, 9)}`;
  const domain = random.pick(MAIL_DOMAINS);
  let email = `${local}@${domain}`;
  for (let n = 2; taken.has(email); n++) email = `${local}${n}@${domain}`;
  taken.add(email);
  return email;
}

function ascii(name: string): string {
  return name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z]/g, '');
}

function typo(random: SeededRandom, value: string): string {
  if (value.length < 3) return value;
  const i = random.int(1, value.length - 2);
  const kind = random.int(0, 2);
  if (kind === 0) return value.slice(0, i) + value[i + 1] + value[i] + value.slice(i + 2);
  if (kind === 1) return value.slice(0, i) + value.slice(i + 1);
  return value.slice(0, i) + 'aeioustrnl'[random.int(0, 9)] + value.slice(i + 1);
}

function nickname(random: SeededRandom, first: string): string {
  const group = NICKNAME_GROUPS.find((g) => g[0] === first.toLowerCase());
  if (!group || group.length < 2) return first;
  const nick = group[random.int(1, group.length - 1)];
  return nick[0].toUpperCase() + nick.slice(1);
}

function formatPhone(random: SeededRandom, national: string): string {
  // national: 0 + subscriber digits.
  const rest = national.slice(1);
  switch (random.int(0, 4)) {
    case 0:
      return national;
    case 1:
      return `+44 ${rest.slice(0, 4)} ${rest.slice(4)}`;
    case 2:
      return `0044${rest}`;
    case 3:
      return `+44 (0)${rest}`;
    default:
      return `${national.slice(0, 5)} ${national.slice(5)}`;
  }
}

function formatDob(random: SeededRandom, dob: Person['dob'], allowSwap: boolean): string {
  const dd = String(dob.d).padStart(2, '0');
  const mm = String(dob.m).padStart(2, '0');
  if (allowSwap && random.chance(0.05)) return `${mm}/${dd}/${dob.y}`;
  switch (random.int(0, 2)) {
    case 0:
      return `${dd}/${mm}/${dob.y}`;
    case 1:
      return `${dob.y}-${mm}-${dd}`;
    default:
      return `${dob.d} ${['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][dob.m - 1]} ${dob.y}`;
  }
}

function formatEmail(random: SeededRandom, email: string): string {
  const [local, domain] = email.split('@');
  if (domain === 'gmail.com' && random.chance(0.2)) return `${local.replace(/\./g, '')}+shop@${domain}`;
  if (random.chance(0.2)) return email.toUpperCase();
  return email;
}

function maybe<T>(random: SeededRandom, p: number, value: T): T | null {
  return random.chance(p) ? value : null;
}

function sourceRecord(random: SeededRandom, person: Person, index: number): SourceRecord | null {
  const roll = random.next();
  const source = roll < 0.25 ? 'crm' : roll < 0.45 ? 'web' : roll < 0.62 ? 'call_center' : roll < 0.8 ? 'whatsapp' : 'loyalty';
  // Older records of people who moved still carry the previous address (and its landline).
  const address = person.previousAddress && random.chance(0.4) ? person.previousAddress : person.address;
  let first = person.first;
  if (random.chance(source === 'whatsapp' ? 0.35 : source === 'call_center' ? 0.25 : 0.1)) first = nickname(random, first);
  let last = person.last;
  if (random.chance(0.07)) first = typo(random, first);
  if (random.chance(0.07)) last = typo(random, last);
  if (random.chance(0.1)) {
    first = first.toUpperCase();
    last = last.toUpperCase();
  }
  const addressLine = `${address.houseNumber} ${random.chance(0.3) ? address.street.replace(/ (Street|Road|Avenue|Lane)$/, (m) => ({ ' Street': ' St', ' Road': ' Rd', ' Avenue': ' Ave', ' Lane': ' Ln' })[m] ?? m) : address.street}`;
  const id = `${source}-${index + 1}`;
  switch (source) {
    case 'crm':
      return {
        source,
        sourceId: id,
        firstName: first,
        lastName: last,
        email: person.email ? maybe(random, 0.8, formatEmail(random, person.email)) : null,
        phone: maybe(random, 0.85, formatPhone(random, (address.landline && random.chance(0.4)) || !person.mobile ? (address.landline ?? '') : person.mobile)) || null,
        dateOfBirth: maybe(random, 0.7, formatDob(random, person.dob, true)),
        addressLine: random.chance(0.05) ? typo(random, addressLine) : addressLine,
        postcode: address.postcode,
        city: address.town.name,
        verified: person.email && random.chance(0.3) ? ['email'] : [],
      };
    case 'web':
      return {
        source,
        sourceId: id,
        firstName: first,
        lastName: last,
        email: person.email ? formatEmail(random, person.email) : null,
        phone: person.mobile ? maybe(random, 0.6, formatPhone(random, person.mobile)) : null,
        postcode: maybe(random, 0.5, address.postcode.toLowerCase()),
      };
    case 'call_center': {
      const phone = address.landline && (random.chance(0.5) || !person.mobile) ? address.landline : person.mobile;
      return {
        source,
        sourceId: id,
        firstName: first,
        lastName: last,
        phone: phone ? formatPhone(random, phone) : null,
        postcode: maybe(random, 0.7, address.postcode),
        addressLine: maybe(random, 0.3, addressLine),
      };
    }
    case 'whatsapp':
      if (!person.mobile) return null;
      return { source, sourceId: id, firstName: random.chance(0.2) ? first.toLowerCase() : first, phone: `+44${person.mobile.slice(1)}` };
    default:
      return {
        source,
        sourceId: id,
        firstName: first,
        lastName: last,
        dateOfBirth: formatDob(random, person.dob, true),
        postcode: address.postcode,
        // Loyalty sign-up forms ask for one contact point, not always filled in.
        email: person.email ? maybe(random, 0.4, formatEmail(random, person.email)) : null,
        phone: person.mobile ? maybe(random, 0.3, formatPhone(random, person.mobile)) : null,
      };
  }
}
