import { z } from 'zod';
import { localizedTextSchema } from '../localizedText';
import type { LocalizedText } from '../localizedText';

/**
 * The risk matrix a company scores against: its size, the names of its likelihood and impact
 * levels, its level bands (score ranges with a name, colour and review interval) and how impact
 * dimensions roll up. It is data, kept as the `riskMatrix` setting, so a company can match the
 * matrix its board already uses.
 */

/** Smallest and largest matrix allowed (3×3 … 6×6); 5×5 is the default. */
export const minMatrixSize = 3;
/** See {@link minMatrixSize}. */
export const maxMatrixSize = 6;
/** The matrix size of a first run. */
export const defaultMatrixSize = 5;

/** The impact dimensions a risk may be rated on besides its overall impact. */
export const impactDimensions = [
  'financial',
  'reputation',
  'legal',
  'operations',
  'people',
] as const;

/** One of {@link impactDimensions}. */
export type ImpactDimension = (typeof impactDimensions)[number];

/**
 * How per-dimension impacts combine into one: the worst dimension (`max`, the cautious default)
 * or a weighted average rounded to the nearest level (`weighted`).
 */
export const impactRollups = ['max', 'weighted'] as const;

/** One of {@link impactRollups}. */
export type ImpactRollup = (typeof impactRollups)[number];

/** Validation codes of a matrix; the UI translates them (`risks.matrix.errors.<code>`). */
export const riskMatrixErrorCodes = [
  'level-label-count',
  'band-first-min',
  'band-order',
  'band-beyond-max',
  'band-duplicate-id',
  'weights-all-zero',
] as const;

/** One of {@link riskMatrixErrorCodes}. */
export type RiskMatrixErrorCode = (typeof riskMatrixErrorCodes)[number];

/** A `#rrggbb` colour: the only form the heat map and exports need. */
const colourSchema = z.string().regex(/^#[0-9a-f]{6}$/iu, 'colour-format');

/**
 * One level band: every score from `minScore` up to the next band's `minScore − 1` belongs to it.
 * `reviewIntervalDays` is how often a risk at this level is reviewed unless the risk sets its own.
 */
export const riskBandSchema = z
  .object({
    id: z.string().regex(/^[a-z][a-z0-9-]{0,31}$/u, 'band-id-format'),
    label: localizedTextSchema,
    colour: colourSchema,
    minScore: z
      .number()
      .int()
      .min(1)
      .max(maxMatrixSize * maxMatrixSize),
    reviewIntervalDays: z.number().int().min(1).max(3650),
  })
  .strict();

/** One level band; see {@link riskBandSchema}. */
export type RiskBand = z.output<typeof riskBandSchema>;

/**
 * Weight of each impact dimension in a weighted roll-up, a whole number 0–100 (0 leaves a
 * dimension out). Whole numbers keep the average exact, so a half rounds up as the rule says.
 */
export const dimensionWeightsSchema = z
  .object(
    Object.fromEntries(
      impactDimensions.map((dimension) => [dimension, z.number().int().min(0).max(100)]),
    ) as Record<ImpactDimension, z.ZodNumber>,
  )
  .strict();

/** Weight per impact dimension. */
export type DimensionWeights = Record<ImpactDimension, number>;

/** A complete risk matrix, checked for internal consistency (see {@link riskMatrixErrorCodes}). */
export const riskMatrixSchema = z
  .object({
    size: z.number().int().min(minMatrixSize).max(maxMatrixSize),
    /** Names of likelihood levels 1…size, lowest first. */
    likelihoodLabels: z.array(localizedTextSchema).min(minMatrixSize).max(maxMatrixSize),
    /** Names of impact levels 1…size, lowest first. */
    impactLabels: z.array(localizedTextSchema).min(minMatrixSize).max(maxMatrixSize),
    /** Level bands in ascending order of `minScore`; the first starts at 1. */
    bands: z.array(riskBandSchema).min(2).max(6),
    impactRollup: z.enum(impactRollups),
    dimensionWeights: dimensionWeightsSchema,
  })
  .strict()
  .superRefine((matrix, context) => {
    const report = (code: RiskMatrixErrorCode, path: (string | number)[]) =>
      context.addIssue({ code: 'custom', message: code, path });
    if (matrix.likelihoodLabels.length !== matrix.size) {
      report('level-label-count', ['likelihoodLabels']);
    }
    if (matrix.impactLabels.length !== matrix.size) {
      report('level-label-count', ['impactLabels']);
    }
    const maxScore = matrix.size * matrix.size;
    const seenIds = new Set<string>();
    matrix.bands.forEach((band, index) => {
      if (index === 0 && band.minScore !== 1) {
        report('band-first-min', ['bands', index, 'minScore']);
      }
      const previous = matrix.bands[index - 1];
      if (previous !== undefined && band.minScore <= previous.minScore) {
        report('band-order', ['bands', index, 'minScore']);
      }
      if (band.minScore > maxScore) {
        report('band-beyond-max', ['bands', index, 'minScore']);
      }
      if (seenIds.has(band.id)) {
        report('band-duplicate-id', ['bands', index, 'id']);
      }
      seenIds.add(band.id);
    });
    if (
      matrix.impactRollup === 'weighted' &&
      impactDimensions.every((dimension) => matrix.dimensionWeights[dimension] === 0)
    ) {
      report('weights-all-zero', ['dimensionWeights']);
    }
  });

/** A risk matrix; see {@link riskMatrixSchema}. */
export type RiskMatrix = z.output<typeof riskMatrixSchema>;

/** Shorthand for a label written in the three app languages. */
function text(en: string, zhTW: string, zhCN: string): LocalizedText {
  return { en, 'zh-TW': zhTW, 'zh-CN': zhCN };
}

/** Every level name the presets use, written once in the three app languages. */
const levelNames = {
  veryRare: text('Very rare', '極罕見', '极罕见'),
  rare: text('Rare', '極少發生', '极少发生'),
  unlikely: text('Unlikely', '不太可能', '不太可能'),
  possible: text('Possible', '可能', '可能'),
  likely: text('Likely', '很可能', '很可能'),
  almostCertain: text('Almost certain', '幾乎確定', '几乎确定'),
  negligible: text('Negligible', '可忽略', '可忽略'),
  minor: text('Minor', '輕微', '轻微'),
  moderate: text('Moderate', '中等', '中等'),
  major: text('Major', '重大', '重大'),
  severe: text('Severe', '嚴重', '严重'),
  catastrophic: text('Catastrophic', '災難性', '灾难性'),
} as const satisfies Record<string, LocalizedText>;

/** One of the names in {@link levelNames}. */
type LevelName = keyof typeof levelNames;

/** Likelihood level names for each allowed size, lowest first. */
const likelihoodPresets: Readonly<Record<number, readonly LevelName[]>> = {
  3: ['unlikely', 'possible', 'likely'],
  4: ['rare', 'unlikely', 'likely', 'almostCertain'],
  5: ['rare', 'unlikely', 'possible', 'likely', 'almostCertain'],
  6: ['veryRare', 'rare', 'unlikely', 'possible', 'likely', 'almostCertain'],
};

/** Impact level names for each allowed size, lowest first. */
const impactPresets: Readonly<Record<number, readonly LevelName[]>> = {
  3: ['minor', 'moderate', 'severe'],
  4: ['minor', 'moderate', 'major', 'severe'],
  5: ['negligible', 'minor', 'moderate', 'major', 'severe'],
  6: ['negligible', 'minor', 'moderate', 'major', 'severe', 'catastrophic'],
};

/**
 * The four default bands as fractions of the highest score, with colours and review intervals:
 * critical risks are reviewed monthly, low ones yearly.
 */
const defaultBandTemplates = [
  {
    id: 'low',
    label: text('Low', '低', '低'),
    colour: '#2e7d32',
    from: 0,
    reviewIntervalDays: 365,
  },
  {
    id: 'medium',
    label: text('Medium', '中', '中'),
    colour: '#f9a825',
    from: 0.2,
    reviewIntervalDays: 180,
  },
  {
    id: 'high',
    label: text('High', '高', '高'),
    colour: '#ef6c00',
    from: 0.4,
    reviewIntervalDays: 90,
  },
  {
    id: 'critical',
    label: text('Critical', '極高', '极高'),
    colour: '#c62828',
    from: 0.6,
    reviewIntervalDays: 30,
  },
] as const;

/** Clamps a matrix size into the allowed range. */
function clampSize(size: number): number {
  return Math.min(maxMatrixSize, Math.max(minMatrixSize, Math.round(size)));
}

/** The default level names of one axis for a matrix of `size` levels. */
export function defaultLevelLabels(axis: 'likelihood' | 'impact', size: number): LocalizedText[] {
  const presets = axis === 'likelihood' ? likelihoodPresets : impactPresets;
  return (presets[clampSize(size)] ?? []).map((name) => ({ ...levelNames[name] }));
}

/**
 * The default bands for a matrix of `size` levels: low from 1, medium from 20 % of the highest
 * score, high from 40 %, critical from 60 % (1, 5, 10, 15 on a 5×5 matrix).
 */
export function defaultBands(size: number): RiskBand[] {
  const maxScore = clampSize(size) ** 2;
  return defaultBandTemplates.map(({ from, ...band }) => ({
    ...band,
    minScore: from === 0 ? 1 : Math.ceil(from * maxScore),
  }));
}

/** Equal weights for every impact dimension. */
export const equalDimensionWeights: DimensionWeights = {
  financial: 1,
  reputation: 1,
  legal: 1,
  operations: 1,
  people: 1,
};

/** The matrix of a first run: 5×5, the default names and bands, worst-dimension roll-up. */
export function defaultRiskMatrix(size: number = defaultMatrixSize): RiskMatrix {
  const clamped = clampSize(size);
  return {
    size: clamped,
    likelihoodLabels: defaultLevelLabels('likelihood', clamped),
    impactLabels: defaultLevelLabels('impact', clamped),
    bands: defaultBands(clamped),
    impactRollup: 'max',
    dimensionWeights: { ...equalDimensionWeights },
  };
}

/**
 * Maps a level on a matrix of `fromSize` levels to the level at the same place on a scale of
 * `toSize` levels: the lowest stays the lowest, the highest the highest, and the levels between
 * are spread evenly and rounded to the nearest. Growing and then shrinking back gives every level
 * back unchanged, so trying another size and returning never drifts a rating.
 */
export function rescaleLevel(level: number, fromSize: number, toSize: number): number {
  if (fromSize <= 1) {
    return Math.min(toSize, Math.max(1, level));
  }
  const scaled = 1 + Math.round(((level - 1) * (toSize - 1)) / (fromSize - 1));
  return Math.min(toSize, Math.max(1, scaled));
}

/**
 * The same matrix at another size: default level names for that size, and band thresholds scaled
 * by the ratio of highest scores (kept strictly increasing; if they no longer fit, they are
 * spread evenly). Band names, colours and intervals are kept.
 */
export function resizeMatrix(matrix: RiskMatrix, size: number): RiskMatrix {
  const clamped = clampSize(size);
  if (clamped === matrix.size) {
    return matrix;
  }
  const ratio = clamped ** 2 / matrix.size ** 2;
  const thresholds: number[] = [];
  for (const [index, band] of matrix.bands.entries()) {
    const previous = thresholds[index - 1];
    thresholds.push(
      previous === undefined ? 1 : Math.max(previous + 1, Math.round(band.minScore * ratio)),
    );
  }
  const maxScore = clamped ** 2;
  const fits = thresholds.every((threshold) => threshold <= maxScore);
  const count = matrix.bands.length;
  return {
    ...matrix,
    size: clamped,
    likelihoodLabels: defaultLevelLabels('likelihood', clamped),
    impactLabels: defaultLevelLabels('impact', clamped),
    bands: matrix.bands.map((band, index) => ({
      ...band,
      // Evenly spaced thresholds always fit: there are at most 6 bands and at least 9 scores.
      minScore: fits
        ? (thresholds[index] ?? band.minScore)
        : index === 0
          ? 1
          : Math.floor(1 + (index * maxScore) / count),
    })),
  };
}
