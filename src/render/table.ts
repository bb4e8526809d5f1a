import { Chalk, type ChalkInstance } from 'chalk';

// Boxed tables for the terminal, laid out here rather than by cli-table3: its word wrapping took over a
// second for the 539-row evidence listing (README.md, "Performance"), and it cannot promise that a
// table never exceeds the terminal's width. Every line this module returns fits `width`. Also the one chalk
// instance every terminal renderer colours with (makeChalk).

export type Cell = string;

export interface TableOptions {
  /** The terminal's width: no line of the table is wider. */
  width?: number;
  /** The most each column may take, borders and padding included (null: no limit). */
  fixed?: (number | null)[];
}

/** The narrowest a column is squeezed to before the table is stacked instead. */
const MIN_COLUMN = 6;
const DEFAULT_WIDTH = 80;
/** Narrower than this, nothing adapts any further: a table is stacked. */
const NARROWEST = 30;

/** Printed width of a string: ANSI colour codes take no room. */
const ANSI = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g');
const visible = (s: string) => s.replace(ANSI, '').length;

/**
 * A table with a header, a rule under it, and rules between rows only when some row spans several lines.
 * Columns get their natural width when the table fits; otherwise the widest shrink first (text wraps at
 * spaces, longer words are broken); when even that does not fit, each row is stacked as "Header: value" lines.
 */
export function renderTable(head: string[], rows: Cell[][], opts: TableOptions = {}): string {
  const width = Math.max(NARROWEST, opts.width ?? DEFAULT_WIDTH);
  const widths = columnWidths(head, rows, width, opts.fixed);
  if (!widths) return stacked(head, rows, width);
  const wrapped = rows.map((row) => head.map((_, i) => wrapText(row[i] ?? '', widths[i] ?? MIN_COLUMN)));
  const tall = wrapped.some((row) => row.some((c) => c.length > 1));
  const rule = (l: string, m: string, r: string) => `${l}${widths.map((w) => '─'.repeat(w + 2)).join(m)}${r}`;
  const line = (cells: string[][]) => {
    const height = Math.max(1, ...cells.map((c) => c.length));
    const out: string[] = [];
    for (let k = 0; k < height; k++) {
      out.push(`│${cells.map((c, i) => ` ${pad(c[k] ?? '', widths[i] ?? 0)} `).join('│')}│`);
    }
    return out;
  };
  const out = [rule('┌', '┬', '┐'), ...line(head.map((h, i) => wrapText(h, widths[i] ?? MIN_COLUMN))), rule('├', '┼', '┤')];
  wrapped.forEach((row, r) => {
    if (r > 0 && tall) out.push(rule('├', '┼', '┤'));
    out.push(...line(row));
  });
  out.push(rule('└', '┴', '┘'));
  return out.join('\n');
}

const pad = (s: string, w: number) => s + ' '.repeat(Math.max(0, w - visible(s)));

/** Content widths (padding excluded) that fit `width`, or null when the columns cannot fit side by side. */
export function columnWidths(head: string[], rows: Cell[][], width: number, fixed?: (number | null)[]): number[] | null {
  const n = head.length;
  const natural = head.map((h, i) => {
    let w = longestLine(h);
    for (const row of rows) w = Math.max(w, longestLine(row[i] ?? ''));
    const cap = fixed?.[i];
    return Math.max(1, cap === null || cap === undefined ? w : Math.min(w, cap - 2));
  });
  const room = width - (3 * n + 1);
  if (natural.reduce((s, w) => s + w, 0) <= room) return natural;
  const widths = natural.map((w) => Math.min(w, MIN_COLUMN));
  let left = room - widths.reduce((s, w) => s + w, 0);
  if (left < 0) return null;
  // Max-min fair: short columns get all they need, the long ones share what is left equally.
  let wanting = widths.map((_, i) => i).filter((i) => (natural[i] ?? 0) > (widths[i] ?? 0));
  while (left > 0 && wanting.length > 0) {
    const share = Math.max(1, Math.floor(left / wanting.length));
    for (const i of wanting) {
      const give = Math.min(share, (natural[i] ?? 0) - (widths[i] ?? 0), left);
      widths[i] = (widths[i] ?? 0) + give;
      left -= give;
    }
    wanting = wanting.filter((i) => (natural[i] ?? 0) > (widths[i] ?? 0));
  }
  return widths;
}

function longestLine(text: string): number {
  let w = 0;
  for (const l of text.split('\n')) w = Math.max(w, visible(l));
  return w;
}

/** Lines of at most `width` characters: wrapped at spaces, with words longer than a line broken. */
export function wrapText(text: string, width: number): string[] {
  const w = Math.max(1, width);
  const out: string[] = [];
  for (const full of text.split('\n')) {
    // Leading spaces are kept on the paragraph's first line.
    const lead = full.length - full.trimStart().length;
    const para = full.slice(lead);
    let line = full.slice(0, Math.min(lead, w - 1));
    for (const word of para.split(' ')) {
      let rest = word;
      while (visible(rest) > w) {
        if (line) {
          out.push(line);
          line = '';
        }
        out.push(rest.slice(0, w));
        rest = rest.slice(w);
      }
      if (!line.trim()) line += rest;
      else if (visible(line) + 1 + visible(rest) <= w) line += ` ${rest}`;
      else {
        out.push(line);
        line = rest;
      }
    }
    out.push(line);
  }
  return out;
}

/** The narrow layout: one block per row, "Header: value" wrapped under a hanging indent. */
function stacked(head: string[], rows: Cell[][], width: number): string {
  const out: string[] = [];
  rows.forEach((row, r) => {
    if (r > 0) out.push('─'.repeat(Math.min(width, 20)));
    head.forEach((h, i) => {
      const value = row[i] ?? '';
      if (value === '') return;
      out.push(...hanging(`${h}: `, value, width));
    });
  });
  return out.join('\n');
}

/** `label` then `text`, wrapped to `width`, continuation lines (and later paragraphs) indented. */
export function hanging(label: string, text: string, width: number, indent = 2): string[] {
  const pad = ' '.repeat(indent);
  const out: string[] = [];
  text.split('\n').forEach((para, p) => {
    const [first = '', ...rest] = wrapText(p === 0 ? `${label}${para}` : para, p === 0 ? width : width - indent);
    out.push(p === 0 ? first : `${pad}${first}`);
    if (rest.length) out.push(...wrapText(rest.join(' '), width - indent).map((l) => `${pad}${l}`));
  });
  return out;
}

/**
 * One chalk instance from the environment. chalk alone does not read NO_COLOR, so: NO_COLOR (any
 * non-empty value) turns colour off; otherwise FORCE_COLOR forces it (FORCE_COLOR=0 turns it off);
 * otherwise colour only on a TTY.
 */
export function makeChalk(env: NodeJS.ProcessEnv, isTTY: boolean): ChalkInstance {
  return new Chalk({ level: colorLevel(env, isTTY) });
}

export function colorLevel(env: NodeJS.ProcessEnv, isTTY: boolean): 0 | 1 | 2 | 3 {
  if (env.NO_COLOR) return 0;
  const force = env.FORCE_COLOR;
  if (force !== undefined) {
    if (force === '0' || force === 'false') return 0;
    if (force === '2' || force === '3') return Number(force) as 2 | 3;
    return 1;
  }
  return isTTY && env.TERM !== 'dumb' ? 1 : 0;
}
