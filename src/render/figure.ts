import type { Benchmark, Observation } from '../dataset/schema.js';

type Unit = Benchmark['scale']['unit'];

/** A number as the sources write it: up to one decimal, no trailing zeros; tokens in millions. */
export function formatNumber(x: number, unit: Unit): string {
  if (unit === 'tokens') return `${trim(x / 1e6)}M`;
  return trim(x);
}

function trim(x: number): string {
  return Number.isInteger(x) ? String(x) : String(Math.round(x * 100) / 100);
}

const suffix = (unit: Unit) => (unit === 'percent' ? '%' : unit === 'tokens' ? ' tokens' : '');

type Figure = Pick<Observation, 'value' | 'low' | 'high' | 'label'> & {
  proxyFor?: { measuredOn: string } | undefined;
  mode?: string | undefined;
};

/** An observation's figure for people: "86.4", "78–79%", "“Similar band” (37–42.8)", plus proxy/mode marks. */
export function formatFigure(o: Figure, unit: Unit): string {
  let text: string;
  if (o.value !== undefined) text = `${formatNumber(o.value, unit)}${suffix(unit)}`;
  else if (o.low !== undefined && o.high !== undefined) {
    text = `${formatNumber(o.low, unit)}–${formatNumber(o.high, unit)}${suffix(unit)}`;
    if (o.label) text = `“${o.label}” (${text})`;
  } else text = `“${o.label ?? '?'}” (no figure)`;
  if (o.value !== undefined && o.label) text += ` “${o.label}”`;
  if (o.proxyFor) text += ` [proxy: ${o.proxyFor.measuredOn}]`;
  if (o.mode) text += ` [${o.mode} mode]`;
  return text;
}
