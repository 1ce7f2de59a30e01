import { z } from 'zod';
import { riskStatuses } from '../../../../../shared/domain/risks/risk';
import type { MessageKey } from '../../../i18n/messageKeys';

/**
 * What the register shows: its filters, sort, grouping and hidden columns. One plain object, so
 * it can be kept for the session (it survives leaving the page and coming back) and saved as a
 * named view. Saved data is never copied here: only the user's choices about how to look at it.
 */

/** The register's columns, in display order. */
export const registerColumnIds = [
  'reference',
  'title',
  'category',
  'owner',
  'status',
  'inherent',
  'current',
  'target',
  'treatment',
  'nextReview',
  'confidence',
  'acceptance',
] as const;

/** One of {@link registerColumnIds}. */
export type RegisterColumnId = (typeof registerColumnIds)[number];

/** Header text of each column (the table, the columns menu). */
export const registerColumnLabelKeys = {
  reference: 'risks.register.columns.reference',
  title: 'risks.register.columns.title',
  category: 'risks.register.columns.category',
  owner: 'risks.register.columns.owner',
  status: 'risks.register.columns.status',
  inherent: 'risks.register.columns.inherent',
  current: 'risks.register.columns.current',
  target: 'risks.register.columns.target',
  treatment: 'risks.register.columns.treatment',
  nextReview: 'risks.register.columns.nextReview',
  confidence: 'risks.register.columns.confidence',
  acceptance: 'risks.register.columns.acceptance',
} as const satisfies Record<RegisterColumnId, MessageKey>;

/** Columns that cannot be hidden: without them a row cannot be told apart or opened. */
export const alwaysVisibleColumnIds: readonly RegisterColumnId[] = ['reference', 'title'];

/** What rows can be grouped by; `level` is the band of the current score. */
export const registerGroupings = ['category', 'owner', 'status', 'level'] as const;

/** One of {@link registerGroupings}. */
export type RegisterGrouping = (typeof registerGroupings)[number];

/**
 * The register's view state. `version` lets a later release recognise (and ignore) a saved view
 * written in another shape instead of applying it half-understood.
 */
export const registerViewStateSchema = z
  .object({
    version: z.literal(1),
    search: z.string().max(200),
    categoryId: z.string().max(80).nullable(),
    /** Band id of the current score. */
    bandId: z.string().max(32).nullable(),
    /** Exact owner text; '' selects risks without an owner. */
    owner: z.string().max(120).nullable(),
    status: z.enum(riskStatuses).nullable(),
    /** Only risks whose review is overdue or whose acceptance has expired. */
    isOverdueOnly: z.boolean(),
    sorting: z
      .array(z.object({ id: z.enum(registerColumnIds), desc: z.boolean() }).strict())
      .max(registerColumnIds.length),
    grouping: z.enum(registerGroupings).nullable(),
    hiddenColumns: z.array(z.enum(registerColumnIds)).max(registerColumnIds.length),
  })
  .strict();

/** See {@link registerViewStateSchema}. */
export type RegisterViewState = z.output<typeof registerViewStateSchema>;

/** The register as first shown: everything, in reference order, ungrouped, every column. */
export const defaultRegisterViewState: RegisterViewState = {
  version: 1,
  search: '',
  categoryId: null,
  bandId: null,
  owner: null,
  status: null,
  isOverdueOnly: false,
  sorting: [],
  grouping: null,
  hiddenColumns: [],
};

/** True when any filter narrows the rows (sorting, grouping and columns do not). */
export function hasActiveFilters(state: RegisterViewState): boolean {
  return (
    state.search.trim() !== '' ||
    state.categoryId !== null ||
    state.bandId !== null ||
    state.owner !== null ||
    state.status !== null ||
    state.isOverdueOnly
  );
}

/** The state with every filter cleared; sorting, grouping and columns stay. */
export function clearFilters(state: RegisterViewState): RegisterViewState {
  const { search, categoryId, bandId, owner, status, isOverdueOnly } = defaultRegisterViewState;
  return { ...state, search, categoryId, bandId, owner, status, isOverdueOnly };
}

/** A saved view's state when it is one this version understands, else null. */
export function parseRegisterViewState(value: unknown): RegisterViewState | null {
  const parsed = registerViewStateSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

/** The area the register's named views are saved under (`saveView`, `useSavedViews`). */
export const registerViewArea = 'risks';

/** Where the session keeps the register's state. */
const registerStorageKey = 'crisis-room.risks.register-view';
/** Where the session keeps the heat map's score choice. */
const heatMapStorageKey = 'crisis-room.risks.heat-map-mode';

/** The scores the heat map can place risks by. */
export const heatMapModes = ['inherent', 'current'] as const;

/** One of {@link heatMapModes}. */
export type HeatMapMode = (typeof heatMapModes)[number];

const heatMapModeSchema = z.enum(heatMapModes);

/** The tab's session storage, or null where the browser refuses it (storage disabled). */
function sessionStore(): Storage | null {
  try {
    return window.sessionStorage;
  } catch {
    // Some browsers throw on access when storage is blocked; the view then starts fresh.
    return null;
  }
}

/** Reads a JSON value kept for the session; anything missing or unreadable is null. */
function readSessionValue(key: string): unknown {
  const text = sessionStore()?.getItem(key) ?? null;
  if (text === null) {
    return null;
  }
  try {
    return JSON.parse(text) as unknown;
  } catch {
    // A value damaged by hand or by another version is treated as absent.
    return null;
  }
}

/** Keeps a JSON value for the session; a full or blocked store only loses the memory of it. */
function writeSessionValue(key: string, value: unknown): void {
  try {
    sessionStore()?.setItem(key, JSON.stringify(value));
  } catch {
    // Losing the remembered view is harmless: the register shows its default view next time.
  }
}

/** The register's state as last left in this session, or the default view. */
export function readSessionRegisterState(): RegisterViewState {
  return parseRegisterViewState(readSessionValue(registerStorageKey)) ?? defaultRegisterViewState;
}

/** Remembers the register's state for this session. */
export function writeSessionRegisterState(state: RegisterViewState): void {
  writeSessionValue(registerStorageKey, state);
}

/**
 * Sets the register to show only risks needing attention (overdue review or expired acceptance)
 * with no other filter, for links such as the Dashboard's "Show all in the register".
 */
export function showOverdueInRegister(): void {
  writeSessionRegisterState({
    ...clearFilters(readSessionRegisterState()),
    isOverdueOnly: true,
  });
}

/** The heat map's score choice as last left in this session; residual (current) by default. */
export function readSessionHeatMapMode(): HeatMapMode {
  const parsed = heatMapModeSchema.safeParse(readSessionValue(heatMapStorageKey));
  return parsed.success ? parsed.data : 'current';
}

/** Remembers the heat map's score choice for this session. */
export function writeSessionHeatMapMode(mode: HeatMapMode): void {
  writeSessionValue(heatMapStorageKey, mode);
}
