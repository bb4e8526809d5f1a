// npm run mutate:sample [-- --lines N] [-- --seed S] [-- --list]
//
// A full mutation run over src/engine and src/dataset (about 5,900 mutants) takes hours on two cores. This
// runs StrykerJS on a uniform random sample of their code lines instead (every mutant on a chosen line), so
// the score it prints is an estimate of the whole: report it with its interval, and use a new seed for each
// estimate, since tests written against one sample's survivors flatter that sample.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const arg = (name, fallback) => {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? Number(process.argv[at + 1]) : fallback;
};
const LINES = arg('lines', 200);
const SEED = arg('seed', Date.now() % 2 ** 32);

// Lines that can hold a mutant: not blank, not a comment, not an import or a type declaration, not a lone bracket.
const SKIP = /^(\/\/|\*|import |export type |export interface |interface |type |[})\]{]+[;,)]*$)/;
const lines = [];
for (const dir of ['src/engine', 'src/dataset']) {
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.ts'))
    .sort()) {
    let comment = false;
    readFileSync(join(dir, file), 'utf8')
      .split('\n')
      .forEach((text, i) => {
        const t = text.trim();
        if (comment) comment = !t.includes('*/');
        else if (t.startsWith('/*')) comment = !t.includes('*/');
        else if (t !== '' && !SKIP.test(t)) lines.push(`${dir}/${file}:${i + 1}-${i + 1}`);
      });
  }
}
// mulberry32: a seeded choice, so a sample can be run again.
let s = SEED >>> 0;
const random = () => {
  s = (s + 0x6d2b79f5) >>> 0;
  let t = s;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
for (let i = lines.length - 1; i > 0; i--) {
  const j = Math.floor(random() * (i + 1));
  [lines[i], lines[j]] = [lines[j], lines[i]];
}
const sample = lines.slice(0, Math.min(LINES, lines.length));
process.stderr.write(`mutate:sample: ${sample.length} of ${lines.length} code lines, seed ${SEED}\n`);
if (process.argv.includes('--list')) {
  process.stdout.write(`${sample.join('\n')}\n`);
  process.exit(0);
}
const r = spawnSync('npx', ['stryker', 'run', '--mutate', sample.join(',')], { stdio: 'inherit' });
process.exit(r.status ?? 1);
