import type { MessageKey } from '../../../i18n/messageKeys';
import { workEn } from '../../../i18n/resources/incidents/workMessages';
import { incidentIssueMessageKey } from '../incidentCommands';

/**
 * Issue codes the work screens find themselves before a command runs (a placeholder left in a
 * statement, a missing approval, an SOP that cannot be run), beside the incident command's codes.
 */

/** True when `code` has its own message under `incidents.work.validation`. */
function isWorkCode(code: string): code is keyof typeof workEn.validation {
  return Object.hasOwn(workEn.validation, code);
}

/** The message of an issue code: the work screens' own, else incident command's. */
export function workIssueMessageKey(code: string): MessageKey {
  return isWorkCode(code) ? `incidents.work.validation.${code}` : incidentIssueMessageKey(code);
}
