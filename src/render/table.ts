import Table from 'cli-table3';

export type Cell = string | { content: string; colSpan?: number; hAlign?: 'left' | 'center' | 'right' };

/**
 * A cli-table3 table with no colour of its own (cli-table3 colours headers and borders unless told
 * not to; colour is ours to decide from the environment) and word-wrapped columns that fit `width`.
 */
export function renderTable(head: string[], rows: Cell[][], opts: { width?: number; fixed?: (number | null)[] } = {}): string {
  const colWidths = opts.fixed ? fitWidths(opts.fixed, tableWidth(opts.width)) : undefined;
  const table = new Table({
    head,
    style: { head: [], border: [], 'padding-left': 1, 'padding-right': 1 },
    wordWrap: true,
    wrapOnWordBoundary: true,
    ...(colWidths ? { colWidths } : {}),
  });
  for (const row of rows) table.push(row as never);
  return table.toString();
}

/** The width a table is laid out in: the terminal's, but never under 60. */
export const tableWidth = (width: number | undefined) => Math.max(60, width ?? 100);

/** Fixed widths where given; the rest share what is left of the terminal (each at least 12). */
export function fitWidths(fixed: (number | null)[], width: number): number[] {
  const used = fixed.reduce<number>((s, w) => s + (w ?? 0), 0) + fixed.length + 1;
  const flex = fixed.filter((w) => w === null).length;
  const share = flex ? Math.max(12, Math.floor((width - used) / flex)) : 0;
  return fixed.map((w) => w ?? share);
}

/**
 * Splits words longer than `width` into pieces that fit, one per line. cli-table3 wraps only at
 * spaces and cuts a longer word with "…"; a file name that tells where a figure came from must
 * stay whole.
 */
export function breakLongWords(text: string, width: number): string {
  const w = Math.max(4, width);
  return text
    .split('\n')
    .map((line) =>
      line
        .split(' ')
        .map((word) => (word.length <= w ? word : (word.match(new RegExp(`.{1,${w}}`, 'gu')) ?? [word]).join('\n')))
        .join(' '),
    )
    .join('\n');
}
