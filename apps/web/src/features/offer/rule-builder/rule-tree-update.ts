import { type RuleCondition, type RuleGroup } from './rule-model';

type Node = RuleCondition | RuleGroup;

/** Returns a copy of the tree with the node `id` replaced by `replace(node)` (null removes it). */
export function updateNode(group: RuleGroup, id: string, replace: (node: Node) => Node | null): RuleGroup {
  const children: Node[] = [];
  for (const child of group.children) {
    if (child.id === id) {
      const next = replace(child);
      if (next) children.push(next);
    } else {
      children.push(child.type === 'group' ? updateNode(child, id, replace) : child);
    }
  }
  return { ...group, children };
}
