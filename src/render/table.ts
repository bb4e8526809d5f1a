import Table from 'cli-table3';

export type Cell = string | { content: string; colSpan?: number; hAlign?: 'left' | 'center' | 'right' };

/**
 * A cli-table3 table with no colour of its own (cli-table3 colours headers and borders unless told
 * not to; colour is ours to decide from the environment) and word-wrapped columns that fit `width`.
 */
export function renderTable(head: string[], rows: Cell[][], opts: { width?: number; fixed?: (number | null)[] } = {}): string {
  const width = Math.max(60, opts.width ?? 100);
  const colWidths = opts.fixed ? fitWidths(opts.fixed, width) : undefined;
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

/** Fixed widths where given; the rest share what is left of the terminal (each at least 12). */
function fitWidths(fixed: (number | null)[], width: number): number[] {
  const used = fixed.reduce<number>((s, w) => s + (w ?? 0), 0) + fixed.length + 1;
  const flex = fixed.filter((w) => w === null).length;
  const share = flex ? Math.max(12, Math.floor((width - used) / flex)) : 0;
  return fixed.map((w) => w ?? share);
}
