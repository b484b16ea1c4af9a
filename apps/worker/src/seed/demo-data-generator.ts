import {
  type ConsentEntity,
  type ConversationEventEntity,
  type CustomerEntity,
  type IdentityEntity,
  type TransactionEntity,
} from '@rapport/data-access';
import { normaliseEmail, normalisePhone } from '@rapport/identity-resolution';
import { hashString, MS_PER_DAY, SeededRandom } from '@rapport/shared-util';
import {
  CITIES,
  COMPLAINT_TOPICS,
  EMAIL_DOMAINS,
  FIRST_NAMES,
  INQUIRY_TOPICS,
  LAST_NAMES,
  STREETS,
} from './demo-vocabulary';

export interface DemoDataOptions {
  /** How many people to generate. */
  customers: number;
  /** Same seed (and asOf) → byte-identical data. */
  seed: number | string;
  /** "Now" for the data: histories end here. */
  asOf: Date;
  /** Customers per yielded chunk. */
  chunkSize?: number;
  /** First customer index (for sharded or resumed generation). */
  startIndex?: number;
}

export interface DemoChunk {
  customers: CustomerEntity[];
  identities: IdentityEntity[];
  events: ConversationEventEntity[];
  transactions: TransactionEntity[];
  consents: ConsentEntity[];
}

/** The true person behind a customer's source records (also the golden record we seed). */
interface Person {
  index: number;
  firstName: string;
  nicknames: readonly string[];
  lastName: string;
  dateOfBirth: string;
  addressLine: string;
  postcode: string;
  city: string;
  email: string;
  mobile: string;
  landline: string | null;
}

const CONSENT_CHANNELS = ['email', 'sms', 'whatsapp', 'app'] as const;

/**
 * Deterministic synthetic customers with messy multi-source records, repeat purchases from a
 * BG/NBD-like process (so CLV models have signal), and conversations with complaints, service
 * requests and offer responses. Each customer draws from its own PRNG seeded by (seed, index):
 * the output does not depend on the chunk size, and shards can be generated independently.
 */
export function* generateDemoData(options: DemoDataOptions): Generator<DemoChunk> {
  const chunkSize = options.chunkSize ?? 1000;
  const start = options.startIndex ?? 0;
  const end = start + options.customers;
  const seedHash = typeof options.seed === 'number' ? options.seed >>> 0 : hashString(options.seed);
  for (let chunkStart = start; chunkStart < end; chunkStart += chunkSize) {
    const chunk: DemoChunk = { customers: [], identities: [], events: [], transactions: [], consents: [] };
    const chunkEnd = Math.min(end, chunkStart + chunkSize);
    for (let index = chunkStart; index < chunkEnd; index++) {
      generateCustomer(seedHash, index, options.asOf, chunk);
    }
    yield chunk;
  }
}

function personFor(seedHash: number, index: number): Person {
  const rng = new SeededRandom((seedHash ^ Math.imul(index + 1, 0x9e3779b1)) >>> 0);
  const [firstName, nicknames] = rng.pick(FIRST_NAMES);
  const [city, outward] = rng.pick(CITIES);
  const person: Person = {
    index,
    firstName,
    nicknames,
    lastName: rng.pick(LAST_NAMES),
    dateOfBirth: isoDate(new Date(Date.UTC(1945, 0, 1) + rng.int(0, 61 * 365) * MS_PER_DAY)),
    addressLine: `${rng.int(1, 220)} ${rng.pick(STREETS)}`,
    postcode: `${outward} ${rng.int(1, 9)}${letter(rng)}${letter(rng)}`,
    city,
    email: '',
    mobile: `+447${String(rng.int(100_000_000, 999_999_999))}`,
    landline: rng.chance(0.3) ? `+44${rng.int(1, 2)}${String(rng.int(100_000_000, 999_999_999))}` : null,
  };
  // Households: about 1 in 12 people live with the previous person (same address, landline and
  // usually surname) but are different people — the case naive transitive matching gets wrong.
  if (index > 0 && rng.chance(0.08)) {
    const housemate = personFor(seedHash, index - 1);
    person.addressLine = housemate.addressLine;
    person.postcode = housemate.postcode;
    person.city = housemate.city;
    person.landline = housemate.landline ?? `+44${rng.int(1, 2)}${String(rng.int(100_000_000, 999_999_999))}`;
    if (rng.chance(0.8)) person.lastName = housemate.lastName;
  }
  const local = `${ascii(person.firstName)}.${ascii(person.lastName)}`.toLowerCase().replace(/[^a-z.]/g, '');
  person.email = `${local}${rng.chance(0.5) ? rng.int(1, 99) : ''}@${rng.pick(EMAIL_DOMAINS)}`;
  return person;
}

function generateCustomer(seedHash: number, index: number, asOf: Date, out: DemoChunk): void {
  const person = personFor(seedHash, index);
  const rng = new SeededRandom((seedHash ^ Math.imul(index + 7, 0x85ebca6b)) >>> 0);
  let serial = 0;
  const uuid = () => orderedUuid(index, serial++, rng);
  const now = asOf.getTime();
  const firstSeen = new Date(now - rng.int(30, 900) * MS_PER_DAY);
  const customerId = uuid();

  out.customers.push({
    id: customerId,
    firstName: person.firstName,
    lastName: person.lastName,
    email: normalizeEmailForSeed(person.email),
    phone: person.mobile,
    dateOfBirth: person.dateOfBirth,
    addressLine: person.addressLine,
    postcode: person.postcode,
    city: person.city,
    segment: null,
    clv: null,
    pAlive: null,
    expectedPurchases: null,
    expectedSpend: null,
    valueUpdatedAt: null,
    erasedAt: null,
    version: 1,
    createdAt: firstSeen,
    updatedAt: firstSeen,
  });

  const identities = sourceRecords(person, rng, customerId, firstSeen, uuid);
  out.identities.push(...identities);

  // Repeat purchases: exponential inter-purchase times at a personal rate, and after every
  // purchase the customer may drop out for good (the BG/NBD story).
  const ratePerDay = rng.gamma(0.9, 0.02);
  const dropout = rng.beta(1.2, 5);
  const meanSpend = rng.gamma(4, 12);
  let t = firstSeen.getTime();
  let purchases = 0;
  while (t <= now && purchases < 80) {
    const channel = rng.pick(['store', 'web', 'app'] as const);
    const amount = Math.round(rng.gamma(6, meanSpend / 6) * 100) / 100 + 1;
    const occurredAt = new Date(t);
    const externalId = `seed-${index}-tx-${purchases}`;
    out.transactions.push({
      id: uuid(),
      customerId,
      source: 'pos',
      externalId,
      occurredAt,
      amount,
      currency: 'GBP',
      channel,
    });
    out.events.push(
      event(uuid(), customerId, identities[0].id, channel, 'inbound', 'purchase', occurredAt, {
        externalId,
        amount,
        summary: `Purchase of £${amount.toFixed(2)}`,
        sentiment: 0.3,
      }),
    );
    purchases++;
    if (rng.chance(dropout)) break;
    t += rng.exponential(ratePerDay) * MS_PER_DAY + MS_PER_DAY;
  }

  conversation(rng, uuid, customerId, identities, firstSeen.getTime(), now, index, out);

  // Marketing needs an explicit decision per channel; service messages are allowed unless the
  // customer opted out, so only those opt-outs are recorded.
  for (const channel of CONSENT_CHANNELS) {
    out.consents.push({
      id: uuid(),
      customerId,
      channel,
      purpose: 'marketing',
      status: rng.chance(0.6) ? 'granted' : 'denied',
      source: 'crm',
      updatedAt: firstSeen,
    });
    if (rng.chance(0.05))
      out.consents.push({
        id: uuid(),
        customerId,
        channel,
        purpose: 'service',
        status: 'denied',
        source: 'crm',
        updatedAt: firstSeen,
      });
  }
}

/** The person as each touchpoint recorded them: partial, inconsistent, sometimes misspelt. */
function sourceRecords(
  person: Person,
  rng: SeededRandom,
  customerId: string,
  firstSeen: Date,
  uuid: () => string,
): IdentityEntity[] {
  const records: IdentityEntity[] = [];
  const add = (source: string, sourceKey: string, fields: Partial<IdentityEntity>) =>
    records.push({
      id: uuid(),
      customerId,
      source,
      sourceKey,
      firstName: null,
      lastName: null,
      email: null,
      emailNormalized: null,
      phone: null,
      phoneNormalized: null,
      dateOfBirth: null,
      addressLine: null,
      postcode: null,
      city: null,
      attributes: null,
      matchEvidence: { score: null, method: 'deterministic' },
      createdAt: firstSeen,
      updatedAt: firstSeen,
      ...fields,
    });
  const key = (prefix: string) => `${prefix}-${person.index.toString(36)}-${rng.int(1000, 9999)}`;
  const messyName = (name: string) =>
    rng.chance(0.08) ? typo(name, rng) : rng.chance(0.1) ? name.toUpperCase() : name;
  const nameOrNickname = () =>
    person.nicknames.length > 0 && rng.chance(0.5) ? rng.pick(person.nicknames) : person.firstName;

  add('crm', key('CRM'), {
    firstName: person.firstName,
    lastName: person.lastName,
    email: person.email,
    emailNormalized: normalizeEmailForSeed(person.email),
    phone: person.mobile,
    phoneNormalized: normalizePhoneForSeed(person.mobile),
    dateOfBirth: person.dateOfBirth,
    addressLine: person.addressLine,
    postcode: person.postcode,
    city: person.city,
  });
  if (rng.chance(0.6)) {
    const email = messyEmail(person.email, rng);
    add('web', key('WEB'), {
      firstName: nameOrNickname(),
      lastName: messyName(person.lastName),
      email,
      emailNormalized: normalizeEmailForSeed(email),
    });
  }
  if (rng.chance(0.45)) {
    const useLandline = person.landline !== null && rng.chance(0.4);
    const e164 = useLandline ? (person.landline as string) : person.mobile;
    const phone = nationalFormat(e164);
    add('call_center', key('CC'), {
      firstName: messyName(nameOrNickname()),
      lastName: messyName(person.lastName),
      phone,
      phoneNormalized: normalizePhoneForSeed(phone),
      dateOfBirth: rng.chance(0.1) ? swapDayMonth(person.dateOfBirth) : person.dateOfBirth,
      postcode: rng.chance(0.5) ? person.postcode.replace(' ', '').toLowerCase() : null,
    });
  }
  if (rng.chance(0.4)) {
    const phone = person.mobile.replace('+44', '+44 ').replace(/(\d{4})(\d{6})$/, '$1 $2');
    add('whatsapp', key('WA'), { firstName: nameOrNickname(), phone, phoneNormalized: normalizePhoneForSeed(phone) });
  }
  if (rng.chance(0.35)) {
    add('loyalty', key('LOY'), {
      firstName: messyName(person.firstName),
      lastName: messyName(person.lastName),
      dateOfBirth: person.dateOfBirth,
      postcode: person.postcode,
      attributes: { tier: rng.pick(['bronze', 'silver', 'gold']), points: rng.int(0, 25_000) },
    });
  }
  return records;
}

function conversation(
  rng: SeededRandom,
  uuid: () => string,
  customerId: string,
  identities: IdentityEntity[],
  from: number,
  now: number,
  index: number,
  out: DemoChunk,
): void {
  const when = () => new Date(from + rng.next() * (now - from));
  const identityId = (source: string) => identities.find((i) => i.source === source)?.id ?? identities[0].id;
  let n = 0;
  const ext = () => `seed-${index}-ev-${n++}`;
  for (let i = rng.int(0, 3); i > 0; i--) {
    out.events.push(
      event(uuid(), customerId, identityId('web'), rng.pick(['web', 'app']), 'inbound', 'page_view', when(), {
        externalId: ext(),
        summary: 'Viewed ' + rng.pick(['cards', 'loans', 'savings', 'help centre', 'insurance']),
      }),
    );
  }
  if (rng.chance(0.3)) {
    const topic = rng.pick(INQUIRY_TOPICS);
    out.events.push(
      event(
        uuid(),
        customerId,
        identityId('call_center'),
        rng.pick(['call_center', 'whatsapp', 'email']),
        'inbound',
        'inquiry',
        when(),
        {
          externalId: ext(),
          topic,
          summary: `Asked about ${topic.replace('_', ' ')}`,
          sentiment: 0.1,
          agent: `agent-${rng.int(1, 40)}`,
        },
      ),
    );
  }
  if (rng.chance(0.12)) {
    const topic = rng.pick(COMPLAINT_TOPICS);
    const at = when();
    out.events.push(
      event(
        uuid(),
        customerId,
        identityId('call_center'),
        rng.pick(['call_center', 'whatsapp', 'email', 'store']),
        'inbound',
        'complaint',
        at,
        {
          externalId: ext(),
          topic,
          summary: `Complained about ${topic.replace('_', ' ')}`,
          sentiment: -0.4 - 0.5 * rng.next(),
          agent: `agent-${rng.int(1, 40)}`,
        },
      ),
    );
    if (rng.chance(0.6)) {
      const resolvedAt = new Date(Math.min(now, at.getTime() + rng.int(1, 20) * MS_PER_DAY));
      out.events.push(
        event(
          uuid(),
          customerId,
          identityId('call_center'),
          'call_center',
          'outbound',
          'complaint_resolved',
          resolvedAt,
          {
            externalId: ext(),
            topic,
            summary: `Resolved: ${topic.replace('_', ' ')}`,
            sentiment: 0.2,
            agent: `agent-${rng.int(1, 40)}`,
          },
        ),
      );
    }
  }
  if (rng.chance(0.15)) {
    out.events.push(
      event(
        uuid(),
        customerId,
        identityId('whatsapp'),
        rng.pick(['whatsapp', 'app', 'call_center']),
        'inbound',
        'service_request',
        when(),
        {
          externalId: ext(),
          topic: rng.pick(['card_blocked', 'app_login', 'address_change']),
          summary: 'Asked for help',
          sentiment: -0.1,
        },
      ),
    );
  }
  if (rng.chance(0.25)) {
    const at = when();
    out.events.push(
      event(
        uuid(),
        customerId,
        identities[0].id,
        rng.pick(['email', 'web', 'app']),
        'outbound',
        'offer_presented',
        at,
        { externalId: ext(), summary: 'Offer shown' },
      ),
    );
    const response = rng.chance(0.15) ? 'offer_accepted' : rng.chance(0.3) ? 'offer_rejected' : null;
    if (response)
      out.events.push(
        event(
          uuid(),
          customerId,
          identities[0].id,
          'web',
          'inbound',
          response,
          new Date(Math.min(now, at.getTime() + 3_600_000)),
          { externalId: ext() },
        ),
      );
  }
}

function event(
  id: string,
  customerId: string,
  identityId: string | null,
  channel: string,
  direction: 'inbound' | 'outbound',
  kind: string,
  occurredAt: Date,
  fields: Partial<ConversationEventEntity>,
): ConversationEventEntity {
  return {
    id,
    customerId,
    identityId,
    source: 'seed',
    externalId: null,
    channel,
    direction,
    kind,
    topic: null,
    occurredAt,
    summary: null,
    sentiment: null,
    amount: null,
    agent: null,
    offerId: null,
    recommendationId: null,
    createdAt: occurredAt,
    ...fields,
  };
}

/**
 * The identity lib's email normaliser (lower case, provider dot and +tag rules), so seeded
 * identities carry exactly what imports and incremental resolution compute.
 */
export function normalizeEmailForSeed(email: string): string {
  return normaliseEmail(email);
}

/** E.164 by the identity lib's normaliser (demo numbers are British). */
function normalizePhoneForSeed(phone: string): string {
  return normalisePhone(phone, 'GB');
}

function messyEmail(email: string, rng: SeededRandom): string {
  const [local, domain] = email.split('@');
  if (rng.chance(0.15)) return `${local[0].toUpperCase()}${local.slice(1)}@${domain.toUpperCase()}`;
  if (domain === 'gmail.com' && rng.chance(0.3)) return `${local.replace('.', '')}+shop@${domain}`;
  return email;
}

function nationalFormat(e164: string): string {
  const national = `0${e164.slice(3)}`;
  return national.length === 11 ? `${national.slice(0, 5)} ${national.slice(5, 8)} ${national.slice(8)}` : national;
}

function swapDayMonth(isoDay: string): string {
  const [y, m, d] = isoDay.split('-');
  return Number(d) <= 12 ? `${y}-${d}-${m}` : isoDay;
}

function typo(name: string, rng: SeededRandom): string {
  if (name.length < 4) return name;
  const i = rng.int(1, name.length - 2);
  return name.slice(0, i) + name[i + 1] + name[i] + name.slice(i + 2);
}

function ascii(value: string): string {
  return value
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z ]/g, '')
    .replace(/ /g, '');
}

function letter(rng: SeededRandom): string {
  return String.fromCharCode(65 + rng.int(0, 25));
}

function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/**
 * UUIDv7-shaped ids whose leading bits are the customer index and a per-customer serial, so
 * rows arrive in primary-key order: InnoDB appends to its clustered index instead of splitting
 * random pages (random v4 keys made the 100k-customer seed several times slower).
 */
function orderedUuid(index: number, serial: number, rng: SeededRandom): string {
  const prefix = index.toString(16).padStart(10, '0') + serial.toString(16).padStart(2, '0');
  const rand = (n: number) =>
    Math.floor(rng.next() * 16 ** n)
      .toString(16)
      .padStart(n, '0');
  return `${prefix.slice(0, 8)}-${prefix.slice(8, 12)}-7${rand(3)}-${(8 + rng.int(0, 3)).toString(16)}${rand(3)}-${rand(6)}${rand(6)}`;
}
