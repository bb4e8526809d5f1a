/** A JSON document as printed: two-space indent, one trailing newline; key order as built. */
export function jsonText(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
