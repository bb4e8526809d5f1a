// The CLI's entry: scripts/build.mjs copies this file to dist/cjs/index.cjs, which bin/model-advisor.js
// requires. It runs dist/cjs/cli.cjs (the bundled CLI), and the vendor files it requires (dist/cjs/vendor/),
// through V8 with the code cache the build recorded for each (FILE.cache): the code a start runs is then
// neither parsed nor compiled again. Node 20 has no built-in compile cache (module.enableCompileCache arrived
// in Node 22.1); vm.Script's cachedData is what it offers. When V8 rejects a cache (another Node version,
// other V8 flags) or it is missing, the file compiles as usual. Measured in README.md, "Performance".
const { existsSync, readFileSync, writeFileSync } = require('node:fs');
const { createRequire } = require('node:module');
const { dirname, join } = require('node:path');
const { Script } = require('node:vm');

// Set by scripts/build.mjs only: this run records the caches as it exits.
const recording = process.env.MODEL_ADVISOR_RECORD_CODE_CACHE === '1';
const loaded = new Map();

/** Runs one CommonJS file as Node would, with its code cache; its exports. */
function load(file, requireFn) {
  const cacheFile = file.replace(/\.cjs$/, '.cache');
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
  const module = { exports: {} };
  script.runInThisContext()(module.exports, requireFn, module, file, dirname(file));
  return module.exports;
}

const file = join(__dirname, 'cli.cjs');
const requireFromCli = createRequire(file);
/** The CLI's require: its vendor files go through load (once each), everything else to Node. */
const cliRequire = Object.assign((id) => {
  if (!id.startsWith('./vendor/')) return requireFromCli(id);
  const path = join(__dirname, id);
  // A missing file is Node's to report ("Cannot find module"), as for any require.
  if (!loaded.has(path)) loaded.set(path, existsSync(path) ? load(path, createRequire(path)) : requireFromCli(id));
  return loaded.get(path);
}, requireFromCli);
load(file, cliRequire);
