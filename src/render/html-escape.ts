/**
 * The one place text becomes HTML (or SVG): every string from the data or the report goes through here before
 * it is placed in an element or an attribute value.
 */
export function esc(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
