import { describe, expect, it } from 'vitest';
import { groupOf } from './summarize-groups.ts';

describe('groupOf', () => {
  it.each([
    ['intl_de_some_role.md', 'intl'],
    ['gh_board_page.html', 'gh'],
    ['x_.txt', 'x'],
    ['plain.txt', 'plain'],
    ['noextension', 'noextension'],
    ['_leading.txt', '_leading'],
  ])('%s is in group %s', (file, group) => {
    expect(groupOf(file)).toBe(group);
  });
});
