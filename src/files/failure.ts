// Why a write failed, in words; shared by the file writer and standard output (src/stdio.ts), so it stays
// free of imports: stdio is loaded on every start.

const why: Record<string, string> = {
  ENOSPC: 'no space left on the device',
  EDQUOT: 'disk quota exceeded',
  EROFS: 'the file system is read-only',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EIO: 'input/output error',
  EFBIG: 'the file is too large for the file system',
  ENAMETOOLONG: 'the name is too long',
};

/** What went wrong with a write, in words, with the system's code: "no space left on the device (ENOSPC)". */
export function writeFailure(e: unknown): string {
  const code = (e as NodeJS.ErrnoException)?.code;
  if (code === undefined) return (e as Error)?.message ?? String(e);
  return why[code] ? `${why[code]} (${code})` : code;
}
