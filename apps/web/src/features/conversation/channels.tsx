import {
  IconBrandWhatsapp,
  IconBuildingStore,
  IconDeviceMobile,
  IconHeadset,
  IconMail,
  IconMessage,
  IconWorld,
  type Icon,
} from '@tabler/icons-react';

/** Channel enum values of the gateway, with the words and icons agents know them by. */
export const CHANNELS = ['CALL_CENTER', 'WEB', 'APP', 'WHATSAPP', 'EMAIL', 'STORE', 'SMS'] as const;
export type ChannelValue = (typeof CHANNELS)[number];

const LABELS: Record<ChannelValue, string> = {
  CALL_CENTER: 'Call center',
  WEB: 'Web',
  APP: 'App',
  WHATSAPP: 'WhatsApp',
  EMAIL: 'Email',
  STORE: 'Store',
  SMS: 'SMS',
};

const ICONS: Record<ChannelValue, Icon> = {
  CALL_CENTER: IconHeadset,
  WEB: IconWorld,
  APP: IconDeviceMobile,
  WHATSAPP: IconBrandWhatsapp,
  EMAIL: IconMail,
  STORE: IconBuildingStore,
  SMS: IconMessage,
};

function asChannel(value: string): ChannelValue | null {
  const upper = value.toUpperCase();
  return (CHANNELS as readonly string[]).includes(upper) ? (upper as ChannelValue) : null;
}

export function channelLabel(value: string): string {
  const channel = asChannel(value);
  return channel ? LABELS[channel] : value;
}

export function ChannelIcon({ channel, size = 16 }: { channel: string; size?: number }) {
  const known = asChannel(channel);
  const Component = known ? ICONS[known] : IconMessage;
  return <Component size={size} aria-label={channelLabel(channel)} role="img" />;
}
