import { Chalk, type ChalkInstance } from 'chalk';

/**
 * One chalk instance from the environment. chalk alone does not read NO_COLOR, so: NO_COLOR (any
 * non-empty value) turns colour off; otherwise FORCE_COLOR forces it (FORCE_COLOR=0 turns it off);
 * otherwise colour only on a TTY.
 */
export function makeChalk(env: NodeJS.ProcessEnv, isTTY: boolean): ChalkInstance {
  return new Chalk({ level: colorLevel(env, isTTY) });
}

export function colorLevel(env: NodeJS.ProcessEnv, isTTY: boolean): 0 | 1 | 2 | 3 {
  if (env.NO_COLOR) return 0;
  const force = env.FORCE_COLOR;
  if (force !== undefined) {
    if (force === '0' || force === 'false') return 0;
    if (force === '2' || force === '3') return Number(force) as 2 | 3;
    return 1;
  }
  return isTTY && env.TERM !== 'dumb' ? 1 : 0;
}
