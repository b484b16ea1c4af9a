import { type RecordTable } from '../record/record-table';

/** The attribute comparisons Rapport knows; identifiers are compared one column each. */
export type ComparisonKind =
  | 'firstName'
  | 'lastName'
  | 'dateOfBirth'
  | 'email'
  | 'phone'
  | 'address'
  | 'postcode'
  | 'city'
  | 'identifier';

/**
 * `personal` comparisons tell two people apart even when they share a home (given name,
 * birth date, email, national id); `shared` ones are often common to a household (surname,
 * address, landline). Cluster vetoes look at personal evidence only.
 */
export type ComparisonRole = 'personal' | 'shared';

/** Serialisable description of one comparison (part of a model and of a config). */
export interface ComparisonSpec {
  kind: ComparisonKind;
  /** Unique name, shown in explanations. Defaults to the kind (or the identifier column). */
  name?: string;
  /** For `identifier`: the identifier column (e.g. `national_id`). */
  column?: string;
  /** Apply a term-frequency adjustment on exact agreement (default: per kind). */
  termFrequency?: boolean;
  /** Override the role (default: per kind). */
  role?: ComparisonRole;
  /**
   * Comparisons in one group (default: address, postcode and city form `location`) are
   * correlated: their disagreements count once (the most negative), agreements add up. A
   * person who moved disagrees on all three, which is one fact, not three.
   */
  group?: string | null;
  /** A strong disagreement on this comparison alone vetoes a cluster merge (default: given name, birth date, identifiers). */
  vetoes?: boolean;
}

/**
 * A comparison ready to run on a {@link RecordTable}. `compare` returns a level: 0 when either
 * side is missing (no evidence), 1 for the strongest agreement … `levels.length` for "else".
 */
export interface Comparison {
  readonly name: string;
  readonly kind: ComparisonKind;
  /** Labels of levels 1…L. */
  readonly levels: readonly string[];
  /** Table columns the comparison reads (EM leaves it out when blocking fixed them). */
  readonly columns: readonly string[];
  readonly role: ComparisonRole;
  /** Column whose value frequencies adjust the exact level, or -1. */
  readonly tfColumn: number;
  /** Column whose exact agreement is level 1, used to compute u(1) exactly; -1 to sample it. */
  readonly exactColumn: number;
  /** Correlation group (see {@link ComparisonSpec.group}), or null. */
  readonly group: string | null;
  /** Whether a strong disagreement vetoes cluster merges on its own. */
  readonly vetoes: boolean;
  /** Prior m-probabilities per level (1…L), the EM starting point and its Dirichlet prior. */
  readonly priorM: readonly number[];
  compare(table: RecordTable, a: number, b: number): number;
}

/** Everything a comparison implementation needs to know about the table it runs on. */
export interface ComparisonContext {
  spec: ComparisonSpec;
  columnIndex: (name: string) => number;
}

/** What a comparison implementation defines; grouping and vetoes are added from the spec. */
export type ComparisonCore = Omit<Comparison, 'group' | 'vetoes'>;
