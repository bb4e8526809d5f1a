import { DatasetPart } from './schema.js';

// Walks the zod schema along a JSON path to list the keys allowed there, so an unknown-key message
// can say "did you mean …" or list the choices. Only the few zod node kinds the dataset uses.
interface Node {
  def: { type: string; innerType?: Node; element?: Node; valueType?: Node; shape?: Record<string, Node> };
}

function unwrap(node: Node): Node {
  let n = node;
  while (n.def.innerType && (n.def.type === 'optional' || n.def.type === 'default' || n.def.type === 'nullable')) n = n.def.innerType;
  return n;
}

/** The keys the dataset schema allows for the object at `path` (a zod issue path); [] if none. */
export function knownKeys(path: readonly PropertyKey[], root: Node = DatasetPart as unknown as Node): string[] {
  let node: Node | undefined = unwrap(root);
  for (const key of path) {
    if (!node) return [];
    const def: Node['def'] = node.def;
    // Object.hasOwn: a key such as "constructor" must not find Object.prototype's.
    if (def.type === 'object' && typeof key === 'string') node = def.shape && Object.hasOwn(def.shape, key) ? def.shape[key] : undefined;
    else if (def.type === 'array' && typeof key === 'number') node = def.element;
    else if (def.type === 'record') node = def.valueType;
    else return [];
    if (node) node = unwrap(node);
  }
  return node?.def.type === 'object' ? Object.keys(node.def.shape ?? {}) : [];
}
