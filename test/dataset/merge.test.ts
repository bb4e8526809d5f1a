import { describe, expect, it } from 'vitest';
import { type LoadedPart, mergeParts } from '../../src/dataset/merge.js';

const part = (origin: string, p: LoadedPart['part']): LoadedPart => ({ origin, file: `${origin}.json`, part: p });

describe('mergeParts: the dataset’s info', () => {
  it('is "unnamed" when no part names the dataset, and carries no origin', () => {
    expect(mergeParts([]).dataset.info).toEqual({ id: 'unnamed', title: 'Unnamed dataset' });
    expect(mergeParts([part('a', {}), part('b', { sources: [] })]).dataset.info).toEqual({ id: 'unnamed', title: 'Unnamed dataset' });
  });

  it('is the naming part’s info, without its origin, and the last naming part wins with a warning', () => {
    const first = part('a', { dataset: { id: 'ours', title: 'Ours' } });
    expect(mergeParts([first, part('b', {})]).dataset.info).toEqual({ id: 'ours', title: 'Ours' });
    const merged = mergeParts([first, part('b', { dataset: { id: 'theirs', title: 'Theirs' } })]);
    expect(merged.dataset.info).toEqual({ id: 'theirs', title: 'Theirs' });
    expect(merged.overrides).toEqual(['b replaces the dataset\'s title ("Ours") with "Theirs"']);
    const again = mergeParts([first, part('a', { dataset: { id: 'ours', title: 'Ours, renamed' } })]);
    expect(again.dataset.info).toEqual({ id: 'ours', title: 'Ours, renamed' });
    expect(again.overrides).toEqual([]);
  });
});
