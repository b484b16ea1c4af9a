/** A customer's permission for a channel and purpose (consents table). */
export interface ConsentRecord {
  channel: string;
  purpose: 'marketing' | 'service';
  status: 'granted' | 'denied';
}

/**
 * Marketing needs an explicit grant on the channel (opt-in); service messages are allowed unless
 * the customer refused them on that channel (legitimate interest). Applies to inbound and
 * outbound requests alike: "no marketing on a channel without consent".
 */
export function isContactAllowed(consents: readonly ConsentRecord[] | undefined, channel: string, purpose: 'marketing' | 'service'): boolean {
  let status: 'granted' | 'denied' | undefined;
  if (consents) {
    for (const consent of consents) {
      if (consent.channel === channel && consent.purpose === purpose) status = consent.status;
    }
  }
  return purpose === 'marketing' ? status === 'granted' : status !== 'denied';
}
