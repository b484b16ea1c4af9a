import { DEFAULT_OUTBOUND_CHANNELS, parseChannels } from './refresh-params';

describe('parseChannels', () => {
  it('reads a comma-separated list of known channels, trimmed and without repeats', () => {
    expect(parseChannels(' email, sms ,,email,web ')).toEqual(['email', 'sms', 'web']);
    expect(parseChannels(DEFAULT_OUTBOUND_CHANNELS.join(','))).toEqual(DEFAULT_OUTBOUND_CHANNELS);
  });

  it('refuses an unknown channel, naming it and the known ones, and an empty list', () => {
    expect(() => parseChannels('email,emial,push')).toThrow(
      'unknown channel "emial", "push" (channels: call_center, web, app, whatsapp, email, store, sms)',
    );
    expect(() => parseChannels(' , ')).toThrow('name at least one channel');
  });
});
