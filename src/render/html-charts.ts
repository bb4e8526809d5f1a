import { esc } from './sanitize.js';

// Hand-built inline SVG: no charting library, nothing fetched. Every chart has a <title> and a <desc> (its
// text equivalent) and only the colours below, each at least 4.5:1 against white where it carries text.

export const COLORS = {
  text: '#1a1a1a',
  muted: '#595959',
  accent: '#0b5cad',
  band: '#d6e4f5',
  track: '#e6e6e6',
  point: '#404040',
} as const;

const WIDTH = 680;
const ROW = 26;
const AXIS = 30;
const TOP = 8;

const f3 = (x: number) => x.toFixed(3);
const px = (x: number) => (Math.round(x * 10) / 10).toString();
/** Characters to pixels for the 13px labels, generously, so a long name never runs into the plot. */
const textWidth = (s: string) => Math.ceil(s.length * 7.2);

export interface DotRow {
  label: string;
  score: number;
  low: number;
  high: number;
  highlight?: boolean;
  /** Drawn hollow and muted, e.g. not eligible. */
  muted?: boolean;
  note?: string;
}

interface Frame {
  id: string;
  title: string;
  desc: string;
}

function svgOpen(frame: Frame, height: number): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" class="chart" viewBox="0 0 ${WIDTH} ${height}" width="${WIDTH}" height="${height}" role="img" aria-labelledby="${frame.id}-t ${frame.id}-d"><title id="${frame.id}-t">${esc(frame.title)}</title><desc id="${frame.id}-d">${esc(frame.desc)}</desc>`;
}

function text(
  x: number,
  y: number,
  s: string,
  opts: { anchor?: 'start' | 'middle' | 'end'; bold?: boolean; color?: string; size?: number } = {},
): string {
  const attrs = [
    `x="${px(x)}"`,
    `y="${px(y)}"`,
    opts.anchor && opts.anchor !== 'start' ? `text-anchor="${opts.anchor}"` : '',
    opts.bold ? 'font-weight="700"' : '',
    `fill="${opts.color ?? COLORS.text}"`,
    `font-size="${opts.size ?? 13}"`,
  ].filter(Boolean);
  return `<text ${attrs.join(' ')}>${esc(s)}</text>`;
}

/** A domain around the values, on steps of 0.05, so gaps of 0.01 are visible; the axis says where it starts. */
function domain(rows: DotRow[]): [number, number] {
  const lo = Math.min(...rows.map((r) => r.low));
  const hi = Math.max(...rows.map((r) => r.high));
  const a = Math.max(0, Math.floor((lo - 0.01) * 20) / 20);
  const b = Math.min(1, Math.ceil((hi + 0.01) * 20) / 20);
  return b > a ? [a, b] : [0, 1];
}

/**
 * Each row's score as a dot on its range; the highlighted row (the pick) in the accent colour, and, if given,
 * a shaded band (the pick's range) across every row, so a reader sees which models fall inside it.
 */
export function dotPlot(frame: Frame, rows: DotRow[], band?: { low: number; high: number; label: string }): string {
  const labelW = Math.min(240, Math.max(110, ...rows.map((r) => textWidth(r.label + (r.note ? ` ${r.note}` : '')) + 12)));
  const valueW = 180;
  const x0 = labelW;
  const x1 = WIDTH - valueW;
  const [a, b] = domain(rows);
  const x = (v: number) => x0 + ((Math.min(b, Math.max(a, v)) - a) / (b - a)) * (x1 - x0);
  const height = TOP + rows.length * ROW + AXIS + (band ? 18 : 0);
  const out = [svgOpen(frame, height)];
  const plotBottom = TOP + rows.length * ROW;
  if (band) {
    const left = x(band.low);
    const w = Math.max(2, x(band.high) - left);
    out.push(`<rect x="${px(left - (w === 2 ? 1 : 0))}" y="${TOP}" width="${px(w)}" height="${rows.length * ROW}" fill="${COLORS.band}"/>`);
  }
  const step = b - a <= 0.4 ? 0.05 : 0.1;
  for (let t = Math.ceil(a / step - 1e-9) * step; t <= b + 1e-9; t += step) {
    out.push(`<line x1="${px(x(t))}" x2="${px(x(t))}" y1="${TOP}" y2="${plotBottom}" stroke="${COLORS.track}" stroke-width="1"/>`);
    out.push(text(x(t), plotBottom + 16, t.toFixed(2), { anchor: 'middle', color: COLORS.muted, size: 11 }));
  }
  out.push(`<line x1="${x0}" x2="${x1}" y1="${plotBottom}" y2="${plotBottom}" stroke="${COLORS.muted}" stroke-width="1"/>`);
  rows.forEach((r, i) => {
    const cy = TOP + i * ROW + ROW / 2;
    const color = r.highlight ? COLORS.accent : r.muted ? COLORS.muted : COLORS.point;
    out.push(
      text(4, cy + 4, `${r.label}${r.note ? ` ${r.note}` : ''}`, {
        bold: r.highlight === true,
        color: r.highlight ? COLORS.accent : COLORS.text,
      }),
    );
    out.push(
      `<line x1="${px(x(r.low))}" x2="${px(Math.max(x(r.high), x(r.low) + 0.5))}" y1="${cy}" y2="${cy}" stroke="${color}" stroke-width="3" stroke-linecap="round"/>`,
    );
    out.push(
      r.muted
        ? `<circle cx="${px(x(r.score))}" cy="${cy}" r="5" fill="#ffffff" stroke="${color}" stroke-width="2"/>`
        : `<circle cx="${px(x(r.score))}" cy="${cy}" r="${r.highlight ? 6 : 5}" fill="${color}"/>`,
    );
    out.push(
      text(x1 + 10, cy + 4, r.low === r.high ? f3(r.score) : `${f3(r.score)} (${f3(r.low)}–${f3(r.high)})`, {
        color: COLORS.text,
        bold: r.highlight === true,
      }),
    );
  });
  out.push(
    text(x0, plotBottom + AXIS - 2, `Axis from ${a.toFixed(2)} to ${b.toFixed(2)} of the 0–1 score`, { color: COLORS.muted, size: 11 }),
  );
  if (band) out.push(text(x0, plotBottom + AXIS + 14, band.label, { color: COLORS.muted, size: 11 }));
  out.push('</svg>');
  return out.join('');
}

export interface BarRow {
  label: string;
  /** 0–1. */
  value: number;
  display: string;
  highlight?: boolean;
}

/** Horizontal bars from 0 to 100%. */
export function barChart(frame: Frame, rows: BarRow[]): string {
  const labelW = Math.min(240, Math.max(110, ...rows.map((r) => textWidth(r.label) + 12)));
  const x0 = labelW;
  const x1 = WIDTH - 60;
  const height = TOP + rows.length * ROW + AXIS;
  const plotBottom = TOP + rows.length * ROW;
  const out = [svgOpen(frame, height)];
  for (const t of [0, 0.25, 0.5, 0.75, 1]) {
    const tx = x0 + t * (x1 - x0);
    out.push(`<line x1="${px(tx)}" x2="${px(tx)}" y1="${TOP}" y2="${plotBottom}" stroke="${COLORS.track}" stroke-width="1"/>`);
    out.push(text(tx, plotBottom + 16, `${t * 100}%`, { anchor: 'middle', color: COLORS.muted, size: 11 }));
  }
  rows.forEach((r, i) => {
    const y = TOP + i * ROW + 5;
    const w = Math.max(0, Math.min(1, r.value)) * (x1 - x0);
    out.push(text(4, y + 12, r.label, { bold: r.highlight === true, color: r.highlight ? COLORS.accent : COLORS.text }));
    out.push(
      `<rect x="${x0}" y="${y}" width="${px(Math.max(w, 1))}" height="${ROW - 10}" fill="${r.highlight ? COLORS.accent : COLORS.point}"/>`,
    );
    out.push(text(x0 + w + 6, y + 12, r.display, { bold: r.highlight === true }));
  });
  out.push(`<line x1="${x0}" x2="${x1}" y1="${plotBottom}" y2="${plotBottom}" stroke="${COLORS.muted}" stroke-width="1"/>`);
  out.push('</svg>');
  return out.join('');
}

export interface RangeRow {
  label: string;
  /** The current share, 0–1. */
  now: number;
  low: number;
  high: number;
}

/** Per workload, the span of its share (0–100%) within which the one-model pick holds, and where it is now. */
export function spanChart(frame: Frame, rows: RangeRow[]): string {
  const labelW = Math.min(240, Math.max(110, ...rows.map((r) => textWidth(r.label) + 12)));
  const x0 = labelW;
  const x1 = WIDTH - 160;
  const x = (v: number) => x0 + Math.max(0, Math.min(1, v)) * (x1 - x0);
  const height = TOP + rows.length * ROW + AXIS;
  const plotBottom = TOP + rows.length * ROW;
  const out = [svgOpen(frame, height)];
  for (const t of [0, 0.25, 0.5, 0.75, 1]) {
    out.push(text(x(t), plotBottom + 16, `${t * 100}%`, { anchor: 'middle', color: COLORS.muted, size: 11 }));
  }
  rows.forEach((r, i) => {
    const cy = TOP + i * ROW + ROW / 2;
    out.push(text(4, cy + 4, r.label));
    out.push(`<rect x="${x0}" y="${px(cy - 5)}" width="${x1 - x0}" height="10" fill="${COLORS.track}"/>`);
    out.push(
      `<rect x="${px(x(r.low))}" y="${px(cy - 5)}" width="${px(Math.max(1, x(r.high) - x(r.low)))}" height="10" fill="${COLORS.band}" stroke="${COLORS.accent}" stroke-width="1"/>`,
    );
    out.push(
      `<line x1="${px(x(r.now))}" x2="${px(x(r.now))}" y1="${px(cy - 9)}" y2="${px(cy + 9)}" stroke="${COLORS.text}" stroke-width="3"/>`,
    );
    out.push(text(x1 + 10, cy + 4, `${Math.round(r.low * 100)}–${Math.round(r.high * 100)}% (now ${Math.round(r.now * 100)}%)`));
  });
  out.push('</svg>');
  return out.join('');
}
