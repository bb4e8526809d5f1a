import { main } from './program.js';

// The only place that sets the exit code. process.exitCode (not process.exit) lets stdout drain.
main(process.argv).then((code) => {
  process.exitCode = code;
});
