import type { CommandResult } from '../../../lib/commandResult';
import { useAppStore } from '../../../stores/appStore';
import { sopIssueMessageKey } from '../sopCommands';

/**
 * Shows a refused one-click SOP command (Mark reviewed, Delete) as an error notice with the
 * message of its first issue: such buttons have no form to show issues in.
 */
export function noticeOfFailure<T>(result: CommandResult<T>): void {
  if (result.ok) {
    return;
  }
  useAppStore.getState().pushNotice({
    kind: 'error',
    messageKey: sopIssueMessageKey(result.issues[0]?.code ?? 'invalid'),
  });
}
