import type { TFunction } from 'i18next';
import { languages, themes } from '../../../../shared/domain/settings';
import type { Language, Theme } from '../../../../shared/domain/settings';
import { languageNames } from '../../i18n/languageNames';
import type { MessageKey } from '../../i18n/messageKeys';
import { areas } from '../areas';
import type { AreaDefinition } from '../areas';

/** What running a command does. */
export type CommandAction =
  | { readonly kind: 'navigate'; readonly area: AreaDefinition }
  | { readonly kind: 'set-language'; readonly language: Language }
  | { readonly kind: 'set-theme'; readonly theme: Theme }
  | { readonly kind: 'toggle-display-mode' };

/**
 * One command of the palette as data: a stable id, English words that find it whatever the UI
 * language, and the action it runs. Its label is derived from the action ({@link commandLabel}).
 */
export type CommandDefinition = {
  readonly id: string;
  readonly keywords: readonly string[];
  readonly action: CommandAction;
};

/** English search words of each language command, beside the language's own name. */
const languageKeywords = {
  en: ['language', 'english'],
  'zh-TW': ['language', 'chinese', 'traditional', 'taiwan', 'zh-tw', '繁體', '繁体', '正體'],
  'zh-CN': ['language', 'chinese', 'simplified', 'mainland', 'zh-cn', '简体', '簡體'],
} as const satisfies Record<Language, readonly string[]>;

/** Label of each theme command. */
const themeLabelKeys = {
  system: 'commands.themeSystem',
  light: 'commands.themeLight',
  dark: 'commands.themeDark',
} as const satisfies Record<Theme, MessageKey>;

/**
 * Every command of the palette: go to each area, switch to each language, pick each theme and
 * turn the war-room display on or off.
 */
export const commands: readonly CommandDefinition[] = [
  ...areas.map((area): CommandDefinition => ({
    id: `go-to-${area.id}`,
    keywords: ['go to', 'open', ...area.keywords],
    action: { kind: 'navigate', area },
  })),
  ...languages.map((language): CommandDefinition => ({
    id: `language-${language}`,
    keywords: [languageNames[language], ...languageKeywords[language]],
    action: { kind: 'set-language', language },
  })),
  ...themes.map((theme): CommandDefinition => ({
    id: `theme-${theme}`,
    keywords: ['theme', 'appearance', theme, ...(theme === 'system' ? ['auto'] : ['mode'])],
    action: { kind: 'set-theme', theme },
  })),
  {
    id: 'toggle-war-room',
    keywords: ['war room', 'war-room', 'display', 'projector', 'high contrast', 'large type'],
    action: { kind: 'toggle-display-mode' },
  },
];

/** The label of a command in the current language. */
export function commandLabel(command: CommandDefinition, t: TFunction): string {
  const { action } = command;
  switch (action.kind) {
    case 'navigate':
      return t('commands.goTo', { area: t(action.area.titleKey) });
    case 'set-language':
      return t('commands.switchLanguage', { language: languageNames[action.language] });
    case 'set-theme':
      return t(themeLabelKeys[action.theme]);
    case 'toggle-display-mode':
      return t('commands.toggleWarRoom');
  }
}
