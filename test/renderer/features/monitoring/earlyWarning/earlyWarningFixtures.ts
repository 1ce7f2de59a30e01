import type { MonitoringRuleInput } from '../../../../../shared/monitoring/rules';
import { triggerConfigSchema } from '../../../../../shared/monitoring/earlyWarning/triggers';

/** A valid rule input (an active rule on one brand term), with `overrides` applied. */
export function ruleInput(overrides: Partial<MonitoringRuleInput> = {}): MonitoringRuleInput {
  return {
    name: 'Brand',
    query: 'acme',
    sourceIds: [],
    tags: [],
    mode: 'active',
    riskIds: [],
    crisisTypeId: null,
    triggers: triggerConfigSchema.parse({}),
    ...overrides,
  };
}
