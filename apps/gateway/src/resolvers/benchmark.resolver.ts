import { GraphQLJSON } from 'graphql-scalars';
import { Authorized, Query, Resolver } from 'type-graphql';
import { READERS } from '../auth/roles';

let loadConstant: () => unknown = () => null;
let constant: { value: unknown } | undefined;

/** Sets where `benchmarkConstant` gets its answer (read once, on first use). */
export function setBenchmarkConstant(load: () => unknown): void {
  loadConstant = load;
  constant = undefined;
}

/**
 * Only in the schema when the gateway runs for `npm run bench -- gateway`: a resolver with no
 * I/O answering a response of the customer-360 query's size, the baseline the benchmark divides by.
 */
@Resolver()
export class BenchmarkResolver {
  @Authorized(...READERS)
  @Query(() => GraphQLJSON, { nullable: true })
  benchmarkConstant(): unknown {
    constant ??= { value: loadConstant() };
    return constant.value;
  }
}
