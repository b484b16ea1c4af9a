import { type GraphQLResolveInfo, Kind, type SelectionSetNode } from 'graphql';

/**
 * Whether the operation selects `field` (its schema name, whatever the alias) on the value the
 * current resolver returns, directly or through fragments. Lets a resolver skip work nobody asked
 * for. Conservative: a field under @skip or @include, or in a fragment on another type, counts as
 * selected.
 */
export function selectsField(info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>, field: string): boolean {
  const visit = (set: SelectionSetNode | undefined, seenFragments: ReadonlySet<string>): boolean =>
    set?.selections.some((selection) => {
      switch (selection.kind) {
        case Kind.FIELD:
          return selection.name.value === field;
        case Kind.INLINE_FRAGMENT:
          return visit(selection.selectionSet, seenFragments);
        case Kind.FRAGMENT_SPREAD: {
          const name = selection.name.value;
          if (seenFragments.has(name)) return false; // cycles are invalid GraphQL; never loop on one
          return visit(info.fragments[name]?.selectionSet, new Set([...seenFragments, name]));
        }
        default:
          return false;
      }
    }) ?? false;
  return info.fieldNodes.some((node) => visit(node.selectionSet, new Set()));
}
