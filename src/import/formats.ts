// The import formats' names alone, so `--data FORMAT:FILE` can be told from a file path without loading the importers.

export const FORMAT_NAMES = ['promptfoo', 'artificial-analysis', 'models-dev', 'lmarena'] as const;
export type Format = (typeof FORMAT_NAMES)[number];

export const isFormat = (s: string): s is Format => (FORMAT_NAMES as readonly string[]).includes(s);

/** `--data FORMAT:FILE`: the format and file when a --data value names one, else undefined (a plain overlay file). */
export function splitImportSpec(spec: string): { format: Format; file: string } | undefined {
  const at = spec.indexOf(':');
  if (at <= 0) return undefined;
  const format = spec.slice(0, at);
  const file = spec.slice(at + 1);
  return isFormat(format) && file ? { format, file } : undefined;
}
