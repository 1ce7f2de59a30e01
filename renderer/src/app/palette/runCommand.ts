import { changeSetting, toggleDisplayMode } from '../../features/settings';
import type { CommandAction } from './commands';

/** What a command needs from the shell to run: how to navigate. */
export type CommandContext = {
  readonly navigate: (path: string) => void;
};

/**
 * Runs a command's action. Settings changes go through the settings feature's commands, which
 * save them and show a notice if the write is refused.
 */
export async function runCommand(action: CommandAction, context: CommandContext): Promise<void> {
  switch (action.kind) {
    case 'navigate':
      context.navigate(action.area.path);
      return;
    case 'set-language':
      await changeSetting('language', action.language);
      return;
    case 'set-theme':
      await changeSetting('theme', action.theme);
      return;
    case 'toggle-display-mode':
      await toggleDisplayMode();
      return;
  }
}
