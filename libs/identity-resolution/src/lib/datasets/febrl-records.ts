import { type SourceRecord } from '../record/source-record';

/** Options of {@link febrlRecords}. */
export interface FebrlOptions {
  /** Source name given to every record (e.g. `4a`, `4b`). */
  source: string;
  /** Keep `soc_sec_id` as the identifier `soc_sec_id` (default false: FEBRL's hard variant). */
  withSocSecId?: boolean;
  /** Keep `address_2` and `state` as extra columns (default false). */
  withAddressExtras?: boolean;
}

/**
 * Parses a FEBRL data set (comma-separated, no quoting, a space after each comma) into
 * source records: street number and street form the address line, `suburb` the city;
 * `address_2` and `state` are dropped unless asked for. `rec_id` is the source id; read the
 * truth from it with {@link febrlPersonId} only when scoring.
 */
export function febrlRecords(text: string, options: FebrlOptions): SourceRecord[] {
  const lines = text.split(/\r?\n/).filter((line) => line.trim().length > 0);
  const header = lines[0].split(',').map((h) => h.trim());
  const column = (name: string): number => header.indexOf(name);
  const idx = {
    id: column('rec_id'),
    given: column('given_name'),
    surname: column('surname'),
    number: column('street_number'),
    address1: column('address_1'),
    address2: column('address_2'),
    suburb: column('suburb'),
    postcode: column('postcode'),
    state: column('state'),
    dob: column('date_of_birth'),
    ssn: column('soc_sec_id'),
  };
  return lines.slice(1).map((line) => {
    const f = line.split(',').map((x) => x.trim());
    const identifiers: Record<string, string> = {};
    if (options.withAddressExtras) {
      identifiers['address_2'] = f[idx.address2];
      identifiers['state'] = f[idx.state];
    }
    if (options.withSocSecId) identifiers['soc_sec_id'] = f[idx.ssn];
    return {
      source: options.source,
      sourceId: f[idx.id],
      firstName: f[idx.given],
      lastName: f[idx.surname],
      addressLine: `${f[idx.number]} ${f[idx.address1]}`.trim(),
      postcode: f[idx.postcode],
      city: f[idx.suburb],
      dateOfBirth: f[idx.dob],
      identifiers,
    };
  });
}

/** The true person of a FEBRL record id: `rec-12-dup-0` → `12`. */
export function febrlPersonId(recId: string): string {
  const match = /^rec-(\d+)-/.exec(recId);
  return match ? match[1] : recId;
}
