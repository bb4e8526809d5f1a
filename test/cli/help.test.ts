import { describe, expect, it } from 'vitest';
import { cli } from '../helpers/cli.js';

describe('model-advisor --help (the built binary)', () => {
  it('names the command once in its usage line', () => {
    const r = cli(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[0]).toBe('Usage: model-advisor [options] [command]');
  });
});
