import { describe, expect, it } from 'vitest';
import { MAX_INPUT_ITEMS, refusePaths } from '../../src/mcp/tools.js';

describe('refusePaths: no tool input names a file', () => {
  it.each([
    ['a relative path', { mix: { '../x': 1 } }, '"../x" (at mix.../x)'],
    ['an absolute path', { exclude: ['a', '/etc/passwd'] }, '"/etc/passwd" (at exclude[1])'],
    ['a home path', { model: '~/.ssh/id_rsa' }, '"~/.ssh/id_rsa" (at model)'],
    ['a dot file', { model: '.env' }, '".env" (at model)'],
    ['a Windows path', { a: 'C:\\x' }, '"C:\\\\x" (at a)'],
    ['a drive letter alone', { a: 'd:' }, '"d:" (at a)'],
    ['a file URL', { today: 'file:x' }, '"file:x" (at today)'],
    ['a NUL byte', { b: 'x\0' }, '(at b)'],
    ['deep inside', { assumptions: [{ value: { note: 'a/b' } }] }, '(at assumptions[0].value.note)'],
    ['a bare string input', 'x/y', '(at the input)'],
  ])('%s is refused, and where it is named', (_, input, where) => {
    expect(() => refusePaths(input)).toThrowError(where);
    expect(() => refusePaths(input)).toThrowError(/looks like a file path; tool inputs never name files/);
  });

  it.each([
    ['ids, dates and numbers', { mix: { vision: 70, 'gpt-5.4': 1 }, exclude: ['claude-opus-4.6'], asOf: '2026-07-04', samples: 100 }],
    ['alternatives and odd but harmless text', { requirements: ['api-ga|eu-hosting'], label: 'about 80 (approx.)' }],
    ['nothing', undefined],
    ['null', null],
  ])('%s pass', (_, input) => {
    expect(() => refusePaths(input)).not.toThrow();
  });

  it('refuses an input too large to be a profile, without walking all of it', () => {
    expect(() => refusePaths({ exclude: Array.from({ length: MAX_INPUT_ITEMS + 1 }, (_, i) => `m${i}`) })).toThrowError(
      `the input has more than ${MAX_INPUT_ITEMS} items`,
    );
  });

  it('walks a deeply nested input without exhausting the stack', () => {
    let deep: unknown = 'x/y';
    for (let i = 0; i < 5_000; i++) deep = [deep];
    expect(() => refusePaths(deep)).toThrowError(/looks like a file path/);
  });
});
