import { describe, expect, it } from 'vitest';
import { commands } from '../../../../renderer/src/app/palette/commands';
import {
  filterCommands,
  normalizeSearchText,
} from '../../../../renderer/src/app/palette/filterCommands';

const items = [
  { label: 'Go to Risks', keywords: ['risk register', 'heat map'] },
  { label: '前往風險', keywords: ['risk register', 'heat map'] },
  { label: 'Theme: dark', keywords: ['theme'] },
];

describe('filterCommands', () => {
  it('matches every typed term against the label or a keyword, ignoring case', () => {
    expect(filterCommands(items, 'HEAT').map((item) => item.label)).toEqual([
      'Go to Risks',
      '前往風險',
    ]);
    expect(filterCommands(items, 'go risks').map((item) => item.label)).toEqual(['Go to Risks']);
    expect(filterCommands(items, '風險').map((item) => item.label)).toEqual(['前往風險']);
    expect(filterCommands(items, 'theme risks')).toEqual([]);
  });

  it('matches everything when nothing is typed', () => {
    expect(filterCommands(items, '   ')).toHaveLength(items.length);
  });

  it('folds full-width letters typed with a CJK input method', () => {
    expect(normalizeSearchText('ＴＨＥＭＥ')).toBe('theme');
    expect(filterCommands(items, 'ｄａｒｋ').map((item) => item.label)).toEqual(['Theme: dark']);
  });
});

describe('commands', () => {
  it('covers the ten areas, three languages, three themes and the war-room display', () => {
    const kinds = commands.map((command) => command.action.kind);
    expect(kinds.filter((kind) => kind === 'navigate')).toHaveLength(10);
    expect(kinds.filter((kind) => kind === 'set-language')).toHaveLength(3);
    expect(kinds.filter((kind) => kind === 'set-theme')).toHaveLength(3);
    expect(kinds.filter((kind) => kind === 'toggle-display-mode')).toHaveLength(1);
    expect(new Set(commands.map((command) => command.id)).size).toBe(commands.length);
  });
});
