import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  CONVERSATION_CHANNELS,
  CONVERSATION_EVENT_KINDS,
  OFFER_KINDS,
  OFFER_MODES,
  OFFER_STATUSES,
  RECOMMENDATION_OUTCOMES,
} from '@rapport/data-access';
import {
  Channel,
  ConversationEventKind,
  OfferKind,
  OfferMode,
  OfferStatus,
  RecommendationOutcome,
} from '@rapport/graphql-schema';
import { printSchema } from 'graphql';
import { buildGatewaySchema } from './schema';

const SCHEMA_FILE = join(__dirname, '..', '..', '..', 'libs', 'graphql-schema', 'schema.graphql');

describe('GraphQL schema', () => {
  it('matches the checked-in libs/graphql-schema/schema.graphql (UPDATE_SCHEMA=1 rewrites it)', async () => {
    const sdl = `${printSchema(await buildGatewaySchema(false))}\n`;
    if (process.env['UPDATE_SCHEMA'] === '1') writeFileSync(SCHEMA_FILE, sdl);
    expect(readFileSync(SCHEMA_FILE, 'utf8')).toBe(sdl);
  });

  it('keeps the benchmark-only query out of the public schema', async () => {
    expect(printSchema(await buildGatewaySchema(false))).not.toContain('benchmarkConstant');
  });

  it.each([
    ['Channel', Channel, CONVERSATION_CHANNELS],
    ['ConversationEventKind', ConversationEventKind, CONVERSATION_EVENT_KINDS],
    ['OfferKind', OfferKind, OFFER_KINDS],
    ['OfferMode', OfferMode, OFFER_MODES],
    ['OfferStatus', OfferStatus, OFFER_STATUSES],
    ['RecommendationOutcome', RecommendationOutcome, RECOMMENDATION_OUTCOMES],
  ])('enum %s has exactly the values the database stores', (_name, graphqlEnum, stored) => {
    expect(Object.values(graphqlEnum).sort()).toEqual([...stored].sort());
  });
});
