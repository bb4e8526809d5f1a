import { main } from './program.js';
import { allWritten } from './stdio.js';

// The only place that exits. Output is written synchronously (src/stdio.ts), so once main is done the
// process can exit at once, without waiting for V8's background compiler (a few ms; README.md, "Performance").
// If a full pipe handed output to a stream, process.exitCode lets that stream drain first.
main(process.argv).then((code) => {
  if (allWritten()) process.exit(code);
  process.exitCode = code;
});
