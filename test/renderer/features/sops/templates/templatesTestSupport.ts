import { expect } from 'vitest';
import { createTemplate } from '../../../../../renderer/src/features/sops/sopCommands';
import type { TemplateInput } from '../../../../../renderer/src/features/sops/sopCommands';
import type { StoredStatementTemplate } from '../../../../../shared/domain/sops/statementTemplates';

/** A holding statement for the public in English that needs both approvals. */
export function templateInput(overrides: Partial<TemplateInput> = {}): TemplateInput {
  return {
    title: 'Holding statement',
    crisisTypeId: 'data-breach',
    stage: 'holding',
    audience: 'public',
    language: 'en',
    body: 'On {{detectedAt}}, {{company}} found a problem.\n\nWhat we know: {{whatWeKnow}}',
    requiredPlaceholders: [],
    needsLegalApproval: true,
    needsSpokespersonApproval: true,
    ...overrides,
  };
}

/** Stores a template through the command, failing the test when it is refused. */
export async function createValidTemplate(
  overrides: Partial<TemplateInput> = {},
): Promise<StoredStatementTemplate> {
  const result = await createTemplate(templateInput(overrides));
  if (!result.ok) {
    expect.fail(`createTemplate refused: ${JSON.stringify(result.issues)}`);
  }
  return result.value;
}
