import {
  type GraphQLResolveInfo,
  Kind,
  parse,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
  type FieldNode,
} from 'graphql';
import { selectsField } from './selects-field';

/** The info a resolver of the operation's first root field would get. */
function infoFor(query: string): Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'> {
  const document = parse(query);
  const operation = document.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION) as OperationDefinitionNode;
  const fragments = Object.fromEntries(
    document.definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((d) => [d.name.value, d]),
  );
  return { fieldNodes: [operation.selectionSet.selections[0] as FieldNode], fragments };
}

describe('selectsField', () => {
  it('finds a field selected directly, under an alias, or through fragments', () => {
    expect(selectsField(infoFor('{ nba { id suppressed { stage } } }'), 'suppressed')).toBe(true);
    expect(selectsField(infoFor('{ nba { id why: suppressed { stage } } }'), 'suppressed')).toBe(true);
    expect(selectsField(infoFor('{ nba { ... on Decision { suppressed { stage } } } }'), 'suppressed')).toBe(true);
    expect(
      selectsField(
        infoFor(
          'query { nba { ...F } } fragment F on Decision { ...G } fragment G on Decision { suppressed { stage } }',
        ),
        'suppressed',
      ),
    ).toBe(true);
  });

  it('is false when the field is only selected deeper down or not at all', () => {
    expect(selectsField(infoFor('{ nba { id recommendations { id } } }'), 'suppressed')).toBe(false);
    expect(selectsField(infoFor('{ nba { id other { suppressed } } }'), 'suppressed')).toBe(false);
    expect(selectsField(infoFor('query { nba { ...F } } fragment F on Decision { id }'), 'suppressed')).toBe(false);
  });
});
