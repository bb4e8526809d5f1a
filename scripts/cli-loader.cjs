// The CLI's entry: scripts/build.mjs copies this file to dist/cjs/index.cjs, which bin/model-advisor.js
// requires. It runs dist/cjs/cli.cjs (the bundled CLI) through V8 with the code cache the build recorded
// from a run of `recommend --json` (dist/cjs/cli.cache): the code a start runs is then neither parsed nor
// compiled again. Node 20 has no built-in compile cache (module.enableCompileCache arrived in Node 22.1);
// vm.Script's cachedData is what it offers. When V8 rejects the cache (another Node version, other V8
// flags) or it is missing, the script compiles as usual. Measured in README.md, "Performance".
const { readFileSync, writeFileSync } = require('node:fs');
const { createRequire } = require('node:module');
const { join } = require('node:path');
const { Script } = require('node:vm');

const file = join(__dirname, 'cli.cjs');
const cacheFile = join(__dirname, 'cli.cache');
// Set by scripts/build.mjs only: this run records the cache as it exits.
const recording = process.env.MODEL_ADVISOR_RECORD_CODE_CACHE === '1';

let cachedData;
if (!recording) {
  try {
    cachedData = readFileSync(cacheFile);
  } catch {
    // No cache: compile as usual.
  }
}
// The module wrapper CommonJS would add, on the first line so line numbers in stack traces stay the file's.
const source = `(function (exports, require, module, __filename, __dirname) {${readFileSync(file, 'utf8')}\n})`;
const script = new Script(source, { filename: file, cachedData });
if (recording) process.once('exit', () => writeFileSync(cacheFile, script.createCachedData()));
const bundle = { exports: {} };
script.runInThisContext()(bundle.exports, createRequire(file), bundle, file, __dirname);
