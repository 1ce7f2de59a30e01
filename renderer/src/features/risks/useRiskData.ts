import type { Risk } from '../../../../shared/domain/risks/risk';
import { builtInRiskCategories } from '../../../../shared/domain/risks/riskCategories';
import type { RiskEvent } from '../../../../shared/domain/risks/riskHistory';
import type { RiskMatrix } from '../../../../shared/domain/risks/riskMatrix';
import { riskFlags } from '../../../../shared/domain/risks/reviews';
import type { RiskFlags } from '../../../../shared/domain/risks/reviews';
import { resolveScores } from '../../../../shared/domain/risks/scoring';
import type { ResolvedScores } from '../../../../shared/domain/risks/scoring';
import { useLiveQuery } from '../../db/live';
import {
  readCustomCategories,
  readDeletedRisks,
  readRisk,
  readRiskEvents,
  readRisks,
  readSavedViews,
} from '../../db/repositories/riskRepository';
import { readSetting } from '../../db/repositories/settingsRepository';
import { useToday } from '../../lib/useNow';

/** A risk with its scores and flags resolved on the current matrix, for `today`. */
export type RiskView = { risk: Risk; scores: ResolvedScores; flags: RiskFlags };

/** A category a risk can be filed under: a built-in one (translated) or one a user added. */
export type RiskCategoryOption = { id: string; isBuiltIn: boolean; customName: string | null };

/** A named view of a table in one area; `state` is validated by the feature that reads it. */
export type SavedView = {
  id: string;
  area: string;
  name: string;
  state: unknown;
  updatedAt: number;
};

/** The scores and flags of a risk on `matrix` for `today`. */
export function toRiskView(risk: Risk, matrix: RiskMatrix, today: string): RiskView {
  return { risk, scores: resolveScores(risk, matrix), flags: riskFlags(risk, matrix, today) };
}

/** The risk matrix setting, read live; undefined while loading. */
export function useRiskMatrix(): RiskMatrix | undefined {
  return useLiveQuery(() => readSetting('riskMatrix'), []);
}

export { useToday } from '../../lib/useNow';

/** Every risk not in the recycle bin, in reference order, resolved; undefined while loading. */
export function useRiskViews(): RiskView[] | undefined {
  const today = useToday();
  return useLiveQuery(async () => {
    const [risks, matrix] = await Promise.all([readRisks(), readSetting('riskMatrix')]);
    return risks.map((risk) => toRiskView(risk, matrix, today));
  }, [today]);
}

/**
 * One risk resolved (also when it is in the recycle bin: `risk.deletedAt` says so); null when no
 * such risk exists; undefined while loading.
 */
export function useRiskView(id: string): RiskView | null | undefined {
  const today = useToday();
  return useLiveQuery(async () => {
    const [risk, matrix] = await Promise.all([readRisk(id), readSetting('riskMatrix')]);
    return risk === undefined ? null : toRiskView(risk, matrix, today);
  }, [id, today]);
}

/**
 * The risks in the register filed under a crisis type (never those in the recycle bin), in
 * reference order; undefined while loading. The SOP library's crisis type pages list them beside
 * the starter library's typical risks.
 */
export function useRisksOfCrisisType(crisisTypeId: string): Risk[] | undefined {
  return useLiveQuery(async () => {
    const risks = await readRisks();
    return risks.filter((risk) => risk.crisisType === crisisTypeId && risk.deletedAt === null);
  }, [crisisTypeId]);
}

/** The recycle bin, most recently deleted first; undefined while loading. */
export function useDeletedRisks(): Risk[] | undefined {
  return useLiveQuery(() => readDeletedRisks(), []);
}

/** A risk's timeline, newest first; undefined while loading. */
export function useRiskEvents(riskId: string): RiskEvent[] | undefined {
  return useLiveQuery(() => readRiskEvents(riskId), [riskId]);
}

/** Built-in categories in their fixed order, then the ones users added, by name. */
export function useRiskCategories(): RiskCategoryOption[] | undefined {
  return useLiveQuery(async () => {
    const custom = await readCustomCategories();
    const collator = new Intl.Collator(undefined, { sensitivity: 'base' });
    return [
      ...builtInRiskCategories.map((id) => ({ id, isBuiltIn: true, customName: null })),
      ...custom
        .sort((left, right) => collator.compare(left.name, right.name))
        .map(({ id, name }) => ({ id, isBuiltIn: false, customName: name })),
    ];
  }, []);
}

/** The saved views of one area, by name; undefined while loading. */
export function useSavedViews(area: string): SavedView[] | undefined {
  return useLiveQuery(async () => {
    const views = await readSavedViews(area);
    const collator = new Intl.Collator(undefined, { sensitivity: 'base' });
    return views
      .sort((left, right) => collator.compare(left.name, right.name))
      .map(({ id, name, state, updatedAt }) => ({ id, area, name, state, updatedAt }));
  }, [area]);
}
