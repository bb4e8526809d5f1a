/**
 * A JSON document as printed: two-space indent, one trailing newline; key order as built. JSON.stringify
 * escapes C0 controls but leaves DEL, C1 controls (U+009B is CSI on many terminals) and U+2028/2029 raw:
 * they are escaped too, so the document is the same value and safe to show on a terminal.
 */
export function jsonText(value: unknown): string {
  return `${JSON.stringify(value, null, 2).replace(/[\u007f-\u009f\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)}\n`;
}
