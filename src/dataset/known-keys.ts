import { z } from 'zod';
import { DatasetPart } from './schema.js';

// Walks a zod schema along a JSON path to list the keys allowed there, so an unknown-key message can say
// "did you mean …" or list the choices. Zod's public classes and accessors only (shape, element,
// valueType, unwrap); a refined object is still a ZodObject in zod 4.

function unwrap(node: z.ZodType | undefined): z.ZodType | undefined {
  let n = node;
  while (n instanceof z.ZodOptional || n instanceof z.ZodDefault || n instanceof z.ZodNullable) n = n.unwrap() as z.ZodType;
  return n;
}

/** The keys `root` (default: a dataset part) allows for the object at `path` (a zod issue path); [] if none. */
export function knownKeys(path: readonly PropertyKey[], root: z.ZodType = DatasetPart): string[] {
  let node: z.ZodType | undefined = unwrap(root);
  for (const key of path) {
    // Object.hasOwn: a key such as "constructor" must not find Object.prototype's.
    if (node instanceof z.ZodObject && typeof key === 'string') node = Object.hasOwn(node.shape, key) ? node.shape[key] : undefined;
    else if (node instanceof z.ZodArray && typeof key === 'number') node = node.element as z.ZodType;
    else if (node instanceof z.ZodRecord) node = node.valueType as z.ZodType;
    else return [];
    node = unwrap(node);
  }
  return node instanceof z.ZodObject ? Object.keys(node.shape) : [];
}
