// A fault-injecting layer for test/cli/safety.test.ts, loaded into the real binary with
// NODE_OPTIONS=--require: failures a test machine cannot produce for real (EIO, EDQUOT) are raised by
// fs.writeSync, as the kernel would raise them. MA_INJECT_ERROR is the code; MA_INJECT_ON is "file" (any
// descriptor but 0–2) or "stdout" (descriptor 1).
const fs = require('node:fs');

const code = process.env.MA_INJECT_ERROR;
const on = process.env.MA_INJECT_ON;
const original = fs.writeSync;
fs.writeSync = function writeSync(fd, ...rest) {
  if (code && ((on === 'stdout' && fd === 1) || (on === 'file' && fd > 2))) {
    throw Object.assign(new Error(`${code}: injected by the test, write`), { code, syscall: 'write' });
  }
  return original.call(this, fd, ...rest);
};
