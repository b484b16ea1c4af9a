import { insertStatements, InteractionEntity, OneRoundTripWriter, RecommendationEntity } from '@rapport/data-access';
import { type DataSource } from 'typeorm';
import { AdaptiveBatcher } from './adaptive-batcher';

/** One decision's rows: its recommendations and an impression for each. */
export interface DecisionRows {
  recommendations: RecommendationEntity[];
  impressions: InteractionEntity[];
}

/** Most decisions per shared transaction (about 6 rows each), to bound statement size and lock time. */
const MAX_DECISIONS_PER_TRANSACTION = 100;

/**
 * Records real-time decisions with group commit (see AdaptiveBatcher): a decision's rows always
 * share one transaction, and `record` settles only once that transaction committed, so a
 * recommendation id answered to a client is stored. Under load many decisions share one
 * transaction and one log flush; at any load the transaction's four statements travel in one
 * round trip (see OneRoundTripWriter).
 */
export class DecisionRecorder {
  private readonly batcher: AdaptiveBatcher<DecisionRows, void>;
  private readonly writer: OneRoundTripWriter;

  constructor(dataSource: DataSource) {
    const writer = (this.writer = new OneRoundTripWriter(dataSource));
    const manager = dataSource.manager;
    this.batcher = new AdaptiveBatcher<DecisionRows, void>(async (batch) => {
      await writer.write([
        ...insertStatements(
          manager,
          RecommendationEntity,
          batch.flatMap((d) => d.recommendations),
        ),
        ...insertStatements(
          manager,
          InteractionEntity,
          batch.flatMap((d) => d.impressions),
        ),
      ]);
      return batch.map(() => undefined);
    }, MAX_DECISIONS_PER_TRANSACTION);
  }

  /** Closes the writer's own connections (at shutdown). */
  close(): Promise<void> {
    return this.writer.close();
  }

  record(rows: DecisionRows): Promise<void> {
    if (rows.recommendations.length === 0 && rows.impressions.length === 0) return Promise.resolve();
    return this.batcher.run(rows);
  }
}
