// Text from data (overlays, answers files, flags) neutralised for where it goes: one function per medium.
// Hand-written: strip-ansi and ansi-regex remove well-formed ANSI sequences only, and leave a bare ESC,
// BEL, CR, backspace or a C1 control (U+009B is CSI on many terminals) in place; what is needed here is
// every control character made harmless, which is one regular expression.

/** C0 controls, DEL and C1 controls; line and paragraph separators; bidirectional overrides and isolates. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is what this module is for
const CONTROLS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/** A C0 control or DEL as its Unicode "control picture" (ESC → ␛, CR → ␍): visible, one column wide. */
function picture(ch: string): string {
  const code = ch.charCodeAt(0);
  if (code === 0x0a || code === 0x0d || code === 0x09 || code === 0x2028 || code === 0x2029) return ' ';
  if (code < 0x20) return String.fromCharCode(0x2400 + code);
  if (code === 0x7f) return '\u2421';
  // C1 controls and bidirectional formatting have no pictures: the replacement character marks them.
  return '\ufffd';
}

/**
 * Text for a terminal: every control character is made visible (ESC → ␛, BEL → ␇), line breaks and tabs
 * become spaces (a renderer adds the line breaks it means), bidirectional overrides become U+FFFD. Nothing
 * that reaches the terminal can move the cursor, clear the screen, set a title or hide a link.
 */
export function terminalText(s: string): string {
  return s.replace(CONTROLS, picture);
}

/**
 * Every string in a value (a Recommendation, a Dataset) passed through terminalText: a terminal renderer
 * calls this once on what it is given, so every field, including ones added later, is covered.
 */
export function terminalSafe<T>(value: T): T {
  return deepMapStrings(value, terminalText) as T;
}

function deepMapStrings(value: unknown, f: (s: string) => string): unknown {
  if (typeof value === 'string') return f(value);
  if (Array.isArray(value)) return value.map((v) => deepMapStrings(v, f));
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = deepMapStrings(v, f);
    return out;
  }
  return value;
}

/**
 * Text for GitHub-flavoured Markdown, inside or outside a table cell: Markdown's punctuation and `&` are
 * escaped (so no link, image, HTML tag or entity can be formed from data), line breaks of any kind (CRLF,
 * a bare CR, LF, U+2028/2029) become `<br>`, and other control characters are made visible.
 */
export function markdownText(s: string): string {
  return s
    .replace(/\\/g, '\\\\')
    .replace(/&/g, '&amp;')
    .replace(/([|*_`<>[\]#~])/g, '\\$1')
    .replace(/\r\n|[\r\n\u2028\u2029]/g, '<br>')
    .replace(CONTROLS, picture);
}

/**
 * A user's input echoed in a one-line message: in double quotes, JSON-escaped (no raw line break, ESC or
 * other control), C1 controls and bidirectional overrides escaped too, and cut to `max` characters.
 */
export function quoted(text: string, max = 60): string {
  const cut = text.length > max ? `${text.slice(0, max)}…` : text;
  return JSON.stringify(cut).replace(
    /[\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/** A message for stderr as exactly one line, whatever it holds. */
export function oneLine(message: string): string {
  return terminalText(message.replace(/\s*(?:\r\n|[\r\n])\s*/g, ' ').trim());
}

/** A data warning printed on stderr. */
export const warningLine = (message: string) => `warning: ${terminalText(message)}\n`;

/** A file path in a one-line message: as typed when it is plain, else quoted like any other input. */
export function shownPath(path: string): string {
  return /^[\w./@:+,~%=-]{1,200}$/.test(path) ? path : quoted(path, 200);
}

/**
 * The one place text becomes HTML (or SVG): every string from the data or the report goes through here before
 * it is placed in an element or an attribute value.
 */
export function esc(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * A JSON document as printed: two-space indent, one trailing newline; key order as built. JSON.stringify
 * escapes C0 controls but leaves DEL, C1 controls (U+009B is CSI on many terminals) and U+2028/2029 raw:
 * they are escaped too, so the document is the same value and safe to show on a terminal.
 */
export function jsonText(value: unknown): string {
  return `${JSON.stringify(value, null, 2).replace(/[\u007f-\u009f\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)}\n`;
}
