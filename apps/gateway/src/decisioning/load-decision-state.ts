import {
  compileRowBuilder,
  type RowBuilder,
  ConsentEntity,
  ConversationEventEntity,
  CustomerEntity,
  DECISION_EVENT_WINDOW_DAYS,
  DECISION_INTERACTION_WINDOW_DAYS,
  InteractionEntity,
} from '@rapport/data-access';
import { MS_PER_DAY } from '@rapport/shared-util';
import { type DataSource, type EntityTarget, type ObjectLiteral } from 'typeorm';
import { AdaptiveBatcher } from './adaptive-batcher';

/** What a real-time decision reads about one customer, with only the columns decisioning uses. */
export interface DecisionState {
  customer: Pick<
    CustomerEntity,
    'id' | 'erasedAt' | 'clv' | 'pAlive' | 'expectedPurchases' | 'segment' | 'dateOfBirth' | 'createdAt'
  > | null;
  events: Array<
    Pick<
      ConversationEventEntity,
      'channel' | 'direction' | 'kind' | 'topic' | 'occurredAt' | 'sentiment' | 'amount' | 'offerId'
    >
  >;
  interactions: Array<Pick<InteractionEntity, 'offerId' | 'channel' | 'outcome' | 'occurredAt'>>;
  consents: Array<Pick<ConsentEntity, 'channel' | 'purpose' | 'status'>>;
}

/** Result columns of the one statement: each table fills the slots it has (same kind of value per slot), NULL the rest. */
const SLOTS = ['s1', 's2', 's3', 's4', 's5', 't1', 't2', 'n1', 'n2', 'n3'] as const;
type Slot = (typeof SLOTS)[number];

interface Branch {
  key: keyof DecisionState;
  entity: EntityTarget<ObjectLiteral>;
  /** Entity property per slot: s* strings, t* timestamps, n* numbers. */
  slots: Partial<Record<Slot, string>>;
  /** Rows of the customer; for windowed tables, from this many days back. */
  windowDays: number | null;
  customerColumn: string;
}

const BRANCHES: readonly Branch[] = [
  {
    key: 'customer',
    entity: CustomerEntity,
    slots: {
      s1: 'id',
      s2: 'segment',
      s3: 'dateOfBirth',
      t1: 'createdAt',
      t2: 'erasedAt',
      n1: 'clv',
      n2: 'pAlive',
      n3: 'expectedPurchases',
    },
    windowDays: null,
    customerColumn: 'id',
  },
  {
    key: 'events',
    entity: ConversationEventEntity,
    slots: {
      s1: 'channel',
      s2: 'direction',
      s3: 'kind',
      s4: 'topic',
      s5: 'offerId',
      t1: 'occurredAt',
      n1: 'sentiment',
      n2: 'amount',
    },
    windowDays: DECISION_EVENT_WINDOW_DAYS,
    customerColumn: 'customerId',
  },
  {
    key: 'interactions',
    entity: InteractionEntity,
    slots: { s1: 'channel', s3: 'outcome', s5: 'offerId', t1: 'occurredAt' },
    windowDays: DECISION_INTERACTION_WINDOW_DAYS,
    customerColumn: 'customerId',
  },
  {
    key: 'consents',
    entity: ConsentEntity,
    slots: { s1: 'channel', s3: 'purpose', s4: 'status' },
    windowDays: null,
    customerColumn: 'customerId',
  },
];

/** Most customers per shared statement. */
const MAX_CUSTOMERS_PER_STATEMENT = 50;

export interface DecisionStateRequest {
  customerId: string;
  /** The decision's time: the windows end here. */
  now: Date;
}

/**
 * Loads what decisions read about their customers — the customer row, recent events and
 * interactions, consents — in ONE statement (a UNION ALL over the four tables), shared by the
 * decisions in flight at the same time (see AdaptiveBatcher). Per statement the gateway pays a
 * socket write, TypeORM's overhead and the server's parse: measured on MariaDB with 500 offers,
 * one statement instead of four halved the gateway's CPU per decision. Values are hydrated by the
 * driver exactly as entity reads hydrate them (SQLite's text timestamps, decimals), so both
 * databases give the same.
 */
export class DecisionStateLoader {
  private readonly batcher: AdaptiveBatcher<DecisionStateRequest, DecisionState>;
  /** SQL by number of customers. */
  private readonly statements = new Map<number, string>();
  private builders: RowBuilder[] | null = null;

  constructor(private readonly dataSource: DataSource) {
    this.batcher = new AdaptiveBatcher((requests) => this.loadMany(requests), MAX_CUSTOMERS_PER_STATEMENT);
  }

  load(customerId: string, now: Date): Promise<DecisionState> {
    return this.batcher.run({ customerId, now });
  }

  /** One statement for all `requests`; each gets its own customer's rows within its own windows. */
  async loadMany(requests: readonly DecisionStateRequest[]): Promise<DecisionState[]> {
    const { dataSource } = this;
    const driver = dataSource.driver;
    const ids = [...new Set(requests.map((r) => r.customerId))];
    const earliest = Math.min(...requests.map((r) => r.now.getTime()));
    const parameters: unknown[] = [];
    for (const branch of BRANCHES) {
      parameters.push(...ids);
      if (branch.windowDays !== null) {
        const occurredAt = dataSource.getMetadata(branch.entity).findColumnWithPropertyName('occurredAt');
        const since = new Date(earliest - branch.windowDays * MS_PER_DAY);
        parameters.push(occurredAt ? driver.preparePersistentValue(since, occurredAt) : since);
      }
    }
    let sql = this.statements.get(ids.length);
    if (!sql) this.statements.set(ids.length, (sql = this.buildStatement(ids.length)));
    const rows: Array<Record<string, unknown>> = await dataSource.query(sql, parameters);

    // Keyed case-blind: MySQL's collation matches ids regardless of case, as an entity read would.
    const key = (id: unknown) => String(id).toLowerCase();
    const byCustomer = new Map(
      ids.map((id) => [key(id), [] as Array<{ branch: Branch; value: Record<string, unknown> }>]),
    );
    const builders = this.rowBuilders();
    for (const row of rows) {
      const src = Number(row['src']);
      byCustomer.get(key(row['cid']))?.push({ branch: BRANCHES[src], value: builders[src](row) });
    }
    return requests.map(({ customerId, now }) => {
      const state: DecisionState = { customer: null, events: [], interactions: [], consents: [] };
      for (const { branch, value } of byCustomer.get(key(customerId)) ?? []) {
        // The statement read from the batch's earliest window start: keep this decision's window.
        if (branch.windowDays !== null) {
          const since = now.getTime() - branch.windowDays * MS_PER_DAY;
          if ((value['occurredAt'] as Date).getTime() < since) continue;
        }
        if (branch.key === 'customer') state.customer = value as NonNullable<DecisionState['customer']>;
        else (state[branch.key] as unknown[]).push(value);
      }
      return state;
    });
  }

  /** Per branch, a generated function making its rows (one fixed shape each: see compileRowBuilder). */
  private rowBuilders(): RowBuilder[] {
    if (!this.builders) {
      this.builders = BRANCHES.map((branch) => {
        const metadata = this.dataSource.getMetadata(branch.entity);
        return compileRowBuilder(
          this.dataSource.driver,
          Object.entries(branch.slots).map(([slot, property]) => {
            const column = metadata.findColumnWithPropertyName(property);
            if (!column) throw new Error(`${metadata.name} has no column ${property}`);
            return { property, source: slot, column };
          }),
        );
      });
    }
    return this.builders;
  }

  private buildStatement(customers: number): string {
    const escape = (name: string) => this.dataSource.driver.escape(name);
    const placeholders = new Array(customers).fill('?').join(', ');
    return BRANCHES.map((branch, index) => {
      const metadata = this.dataSource.getMetadata(branch.entity);
      const column = (property: string) => {
        const found = metadata.findColumnWithPropertyName(property);
        if (!found) throw new Error(`${metadata.name} has no column ${property}`);
        return escape(found.databaseName);
      };
      const selected = SLOTS.map((slot) => {
        const property = branch.slots[slot];
        return `${property ? column(property) : 'NULL'} AS ${slot}`;
      });
      const customerColumn = column(branch.customerColumn);
      const window = branch.windowDays !== null ? ` AND ${column('occurredAt')} >= ?` : '';
      return (
        `SELECT ${index} AS src, ${customerColumn} AS cid, ${selected.join(', ')} FROM ${escape(metadata.tableName)}` +
        ` WHERE ${customerColumn} IN (${placeholders})${window}`
      );
    }).join(' UNION ALL ');
  }
}
