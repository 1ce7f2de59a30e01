/// <reference types="vite/client" />
import type { ReactNode } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { I18nextProvider, useTranslation } from 'react-i18next';
import type { Risk } from '../../../shared/domain/risks/risk';
import { emptyRiskInput, riskReference } from '../../../shared/domain/risks/risk';
import { builtInRiskCategories } from '../../../shared/domain/risks/riskCategories';
import { defaultRiskMatrix } from '../../../shared/domain/risks/riskMatrix';
import { CrisisRoomDatabase } from '../../../renderer/src/db/database';
import {
  insertImportedRisks,
  readRisks,
} from '../../../renderer/src/db/repositories/riskRepository';
import { createI18n } from '../../../renderer/src/i18n/createI18n';
import { HeatMapGrid } from '../../../renderer/src/features/risks/register/HeatMapGrid';
import { layOutHeatMap } from '../../../renderer/src/features/risks/register/heatMapCells';
import {
  defaultRegisterViewState,
  registerColumnIds,
} from '../../../renderer/src/features/risks/register/registerViewState';
import { RiskTable } from '../../../renderer/src/features/risks/register/RiskTable';
import { toRiskView } from '../../../renderer/src/features/risks/useRiskData';
import type { RiskView } from '../../../renderer/src/features/risks/useRiskData';
import '../../../renderer/src/styles/tokens.css';
import '../../../renderer/src/styles/base.css';
import '../../../renderer/src/styles/layout.css';
import '../../../renderer/src/styles/components.css';
import '../../../renderer/src/styles/risks-register.css';

/**
 * Runs inside Chromium (bundled for the browser, React in production mode, by `npm run bench`):
 * renders the app's own register table and heat map over 10,000 generated risks (bench data,
 * never shown to users) and, as the baseline, a plain non-virtualized table of the same rows and
 * columns. Measures time to first render (render call → second animation frame, i.e. painted)
 * and frame times while scrolling.
 */

/** Measurements of one table. */
export interface TableMeasurement {
  firstRenderMs: number;
  scrollFrameP50Ms: number;
  scrollFrameP95Ms: number;
  frames: number;
}

/** Measurements of one run. */
export interface RegisterBenchResult {
  risks: number;
  register: TableMeasurement;
  plain: TableMeasurement;
  heatMapFirstRenderMs: number;
  /** Reading every risk from IndexedDB and resolving its scores, as the register's query does. */
  loadFromIndexedDbMs: number;
}

const owners = ['王小明', '陈静', 'Alex Chen', '林美玲', '', 'Priya Nair'];

/** A bench risk: varied titles, owners, categories, scores and controls. */
function benchRisk(sequence: number, now: number): Risk {
  const input = emptyRiskInput(builtInRiskCategories[sequence % builtInRiskCategories.length]);
  return {
    ...input,
    title: `如果供應商第 ${sequence} 批原料受污染 → 產品下架與媒體追問 (bench ${sequence})`,
    owner: owners[sequence % owners.length] ?? '',
    status: sequence % 7 === 0 ? 'closed' : 'open',
    inherent: { likelihood: (sequence % 5) + 1, impact: ((sequence * 3) % 5) + 1, dimensions: {} },
    controls:
      sequence % 3 === 0
        ? [
            {
              id: `c${sequence}`,
              title: 'Supplier audit',
              owner: '',
              dueDate: null,
              cost: null,
              effort: null,
              effectiveness: 40,
              status: 'implemented',
            },
          ]
        : [],
    lastReviewedOn: sequence % 4 === 0 ? '2026-01-15' : null,
    id: `bench-${sequence}`,
    reference: riskReference(sequence),
    createdAt: now - sequence * 60_000,
    updatedAt: now,
    deletedAt: null,
  };
}

/** The first render of the baseline: every row in the DOM, the same columns as the register. */
function PlainTable({ views }: { views: readonly RiskView[] }) {
  const { t } = useTranslation();
  const score = (view: RiskView, kind: 'inherent' | 'current' | 'target') =>
    `${view.scores[kind].score} ${view.scores[kind].band.label.en}`;
  return (
    <div className="risk-table__scroll">
      <table className="data-table">
        <thead>
          <tr>
            {registerColumnIds.map((id) => (
              <th key={id} scope="col">
                {id}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {views.map((view) => (
            <tr key={view.risk.id}>
              <td>{view.risk.reference}</td>
              <td>
                <a href={`#/risks/${view.risk.id}`}>{view.risk.title}</a>
              </td>
              <td>
                {t(`risks.categories.${view.risk.categoryId}` as 'risks.categories.reputation')}
              </td>
              <td>{view.risk.owner}</td>
              <td>{t(`risks.statuses.${view.risk.status}`)}</td>
              <td>{score(view, 'inherent')}</td>
              <td>{score(view, 'current')}</td>
              <td>{score(view, 'target')}</td>
              <td>{t(`risks.treatments.${view.risk.treatment}`)}</td>
              <td>{view.flags.nextReviewOn}</td>
              <td>{t(`risks.confidence.${view.risk.confidence}`)}</td>
              <td>{t(`risks.acceptanceStates.${view.flags.acceptance}`)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Resolves after the browser has painted the current DOM (two animation frames). */
function painted(): Promise<number> {
  return new Promise((resolve) => {
    requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now())));
  });
}

/** The `q` quantile of sorted numbers. */
function quantile(sorted: readonly number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
}

/**
 * Scrolls the table's scroll box by `step` pixels each animation frame, down then up, and
 * returns the frame intervals. Chromium runs without a frame-rate limit here, so an interval is
 * the time the frame really took (script, layout and paint), not the display's refresh period.
 */
async function scrollFrames(
  container: HTMLElement,
  frames: number,
  step: number,
): Promise<number[]> {
  const intervals: number[] = [];
  let previous = await painted();
  for (let frame = 0; frame < frames; frame += 1) {
    const goingDown = frame < frames / 2;
    container.scrollTop += goingDown ? step : -step;
    const now = await new Promise<number>((resolve) => requestAnimationFrame(resolve));
    intervals.push(now - previous);
    previous = now;
  }
  return intervals;
}

/** Renders `node` into a fresh root, measures first render and scrolling, then unmounts. */
async function measure(
  node: ReactNode,
  i18n: ReturnType<typeof createI18n>,
): Promise<TableMeasurement> {
  const host = document.createElement('div');
  document.body.append(host);
  const root = createRoot(host);
  const started = performance.now();
  // Synchronous, so the time covers rendering and committing every row the table puts in the DOM.
  flushSync(() => root.render(<I18nextProvider i18n={i18n}>{node}</I18nextProvider>));
  const firstRenderMs = (await painted()) - started;
  const container = host.querySelector<HTMLElement>('.risk-table__scroll');
  if (container === null) {
    throw new Error('The table rendered no scroll box.');
  }
  const intervals = (await scrollFrames(container, 240, 180)).sort((left, right) => left - right);
  root.unmount();
  host.remove();
  return {
    firstRenderMs,
    scrollFrameP50Ms: quantile(intervals, 0.5),
    scrollFrameP95Ms: quantile(intervals, 0.95),
    frames: intervals.length,
  };
}

/** Runs the bench over `count` risks. */
async function runRegisterBench(count: number, withBaseline = true): Promise<RegisterBenchResult> {
  const i18n = createI18n('en');
  const matrix = defaultRiskMatrix();
  const now = Date.now();
  const views = Array.from({ length: count }, (_, index) =>
    toRiskView(benchRisk(index + 1, now), matrix, '2026-11-22'),
  );
  const noop = () => undefined;
  const register = await measure(
    <RiskTable
      views={views}
      matrix={matrix}
      today="2026-11-22"
      viewState={defaultRegisterViewState}
      onSortingChange={noop}
      collapsedGroups={new Set()}
      onToggleGroup={noop}
      noMatches={null}
    />,
    i18n,
  );
  // The baseline takes seconds; `withBaseline = false` skips it when tuning the table alone.
  const plain = withBaseline
    ? await measure(<PlainTable views={views} />, i18n)
    : {
        firstRenderMs: Number.NaN,
        scrollFrameP50Ms: Number.NaN,
        scrollFrameP95Ms: Number.NaN,
        frames: 0,
      };

  const host = document.createElement('div');
  document.body.append(host);
  const root = createRoot(host);
  const started = performance.now();
  flushSync(() =>
    root.render(
      <I18nextProvider i18n={i18n}>
        <HeatMapGrid
          matrix={matrix}
          rows={layOutHeatMap(views, matrix, 'current').rows}
          mode="current"
          selected={null}
          onSelect={noop}
        />
      </I18nextProvider>,
    ),
  );
  const heatMapFirstRenderMs = (await painted()) - started;
  root.unmount();
  host.remove();
  const db = new CrisisRoomDatabase(`register-bench-${now}`);
  await insertImportedRisks(
    views.map(({ risk }) => ({
      reference: risk.reference,
      input: risk,
      createdAt: null,
      updatedAt: null,
    })),
    [],
    matrix,
    now,
    db,
  );
  const loadStarted = performance.now();
  const loaded = (await readRisks(db)).map((risk) => toRiskView(risk, matrix, '2026-11-22'));
  const loadFromIndexedDbMs = performance.now() - loadStarted;
  if (loaded.length !== count) {
    throw new Error(`Read ${loaded.length} risks back, expected ${count}.`);
  }
  db.close();
  return { risks: count, register, plain, heatMapFirstRenderMs, loadFromIndexedDbMs };
}

Object.assign(globalThis, { runRegisterBench });
