import { describe, expect, it } from 'vitest';
import { languages } from '../../../shared/domain/settings';
import {
  defaultSeverityLevels,
  severityLevelSchema,
  severityLevelsSchema,
} from '../../../shared/domain/severity';
import type { SeverityLevel } from '../../../shared/domain/severity';

/** A valid level with `id`. */
function level(id: string): SeverityLevel {
  return {
    id,
    name: { en: `Level ${id}`, 'zh-TW': `等級 ${id}`, 'zh-CN': `等级 ${id}` },
    definition: { en: 'Something happened.', 'zh-TW': '發生了事情。', 'zh-CN': '发生了事情。' },
  };
}

describe('defaultSeverityLevels', () => {
  it('are four levels, worst first, valid against their schema', () => {
    expect(defaultSeverityLevels.map(({ id }) => id)).toEqual(['sev-1', 'sev-2', 'sev-3', 'sev-4']);
    expect(severityLevelsSchema.safeParse(defaultSeverityLevels).success).toBe(true);
  });

  it('are named and defined in every app language, each Chinese variant on its own', () => {
    for (const { id, name, definition } of defaultSeverityLevels) {
      for (const language of languages) {
        expect(name[language].trim(), `${id} ${language}`).not.toBe('');
        expect(definition[language].trim().length, `${id} ${language}`).toBeGreaterThan(20);
      }
      expect(definition['zh-TW'], id).not.toBe(definition['zh-CN']);
    }
  });
});

describe('severityLevelsSchema', () => {
  it('refuses two levels with one id', () => {
    const result = severityLevelsSchema.safeParse([level('high'), level('low'), level('high')]);
    expect(result.error?.issues.map((issue) => issue.message)).toEqual(['duplicate-id']);
  });

  it('wants between two and six levels', () => {
    expect(severityLevelsSchema.safeParse([level('only')]).success).toBe(false);
    expect(severityLevelsSchema.safeParse([level('a'), level('b')]).success).toBe(true);
    const seven = ['a', 'b', 'c', 'd', 'e', 'f', 'g'].map(level);
    expect(severityLevelsSchema.safeParse(seven.slice(0, 6)).success).toBe(true);
    expect(severityLevelsSchema.safeParse(seven).success).toBe(false);
  });

  it('wants lowercase ids and a definition in every language', () => {
    expect(severityLevelSchema.safeParse(level('SEV 1')).success).toBe(false);
    expect(severityLevelSchema.safeParse(level('sev-1')).success).toBe(true);
    const untranslated = {
      ...level('sev-1'),
      definition: { ...level('sev-1').definition, 'zh-CN': ' ' },
    };
    expect(severityLevelSchema.safeParse(untranslated).success).toBe(false);
  });
});
