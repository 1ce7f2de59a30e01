/// <reference types="vite/client" />
import type { ReactNode } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { effectiveTimeline, verifyTimeline } from '../../../shared/domain/incidents/timeline';
import type {
  EffectiveTimelineEntry,
  TimelineEntryInput,
} from '../../../shared/domain/incidents/timeline';
import {
  appendTimelineEntries,
  readIncident,
  readTimeline,
} from '../../../renderer/src/db/repositories/incidentRepository';
import { declareIncident } from '../../../renderer/src/features/incidents/incidentCommands';
import { TimelineEntryItem } from '../../../renderer/src/features/incidents/timeline/TimelineEntryItem';
import { TimelineList } from '../../../renderer/src/features/incidents/timeline/TimelineList';
import { TimelineSection } from '../../../renderer/src/features/incidents/timeline/TimelineSection';
import {
  visibleTimeline,
  defaultTimelineFilters,
} from '../../../renderer/src/features/incidents/timeline/timelineView';
import { createI18n } from '../../../renderer/src/i18n/createI18n';
import '../../../renderer/src/styles/tokens.css';
import '../../../renderer/src/styles/base.css';
import '../../../renderer/src/styles/layout.css';
import '../../../renderer/src/styles/components.css';
import '../../../renderer/src/styles/incidents-timeline.css';

/**
 * Runs inside Chromium (bundled for the browser, React in production mode, by `npm run bench`):
 * stores an incident with 5,000 timeline entries in IndexedDB through the app's own commands
 * (bench data, never shown to users) and measures (1) opening the app's timeline section on it:
 * reading the entries, checking the hash chain and painting the first rows; (2) the app's
 * virtualized list against a plain list that puts every entry in the DOM, same entries and same
 * entry component: first render and frame times while scrolling.
 */

/** Measurements of one list. */
export interface ListMeasurement {
  firstRenderMs: number;
  scrollFrameP50Ms: number;
  scrollFrameP95Ms: number;
  frames: number;
}

/** Measurements of one run. */
export interface TimelineBenchResult {
  entries: number;
  /** Render call → first rows painted, with the entries read from IndexedDB and the chain checked. */
  openMs: number;
  /** Reading the entries from IndexedDB alone. */
  readMs: number;
  /** Checking the hash chain of every entry alone. */
  verifyMs: number;
  app: ListMeasurement;
  plain: ListMeasurement;
}

const kinds = ['decision', 'action', 'communication', 'update', 'note', 'monitoring-hit'] as const;

/** A bench entry: varied kinds, authors, lengths (some with line breaks) and flags. */
function benchEntry(sequence: number, at: number): TimelineEntryInput {
  const text =
    sequence % 5 === 0
      ? `第 ${sequence} 則：已通知主機商並要求保留日誌。\nFollow-up with legal on notification duty (bench ${sequence}).`
      : `Entry ${sequence}: checked the status page and the monitoring dashboard (bench).`;
  return {
    kind: kinds[sequence % kinds.length] ?? 'note',
    at,
    author: sequence % 3 === 0 ? '王小明' : 'Priya Nair',
    source: sequence % 2 === 0 ? 'keyboard' : 'manual',
    isExternal: sequence % 11 === 0,
    text,
    supersedesId: null,
  };
}

/** The baseline: every entry in the DOM, the same entry component and scroll box as the app. */
function PlainList({ lines }: { lines: readonly EffectiveTimelineEntry[] }) {
  const { t } = useTranslation();
  const noop = () => undefined;
  return (
    <div className="timeline-list__scroll">
      <ul className="timeline-pinned__list">
        {lines.map((entry) => (
          <li key={entry.id}>
            <TimelineEntryItem
              entry={entry}
              number={entry.sequence + 1}
              correctsNumber={null}
              isPinned={false}
              t={t}
              language="en"
              onTogglePin={noop}
              onCorrect={noop}
              onShowEntry={noop}
            />
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The app's list with the entries already in memory. */
function AppList({ lines }: { lines: readonly EffectiveTimelineEntry[] }) {
  const { t } = useTranslation();
  const noop = () => undefined;
  return (
    <TimelineList
      lines={lines}
      entriesById={new Map(lines.map((entry) => [entry.id, entry]))}
      pinnedIds={new Set()}
      label="Timeline entries"
      showRequest={null}
      t={t}
      language="en"
      onTogglePin={noop}
      onCorrect={noop}
      onShowEntry={noop}
    />
  );
}

/** Resolves after the browser has painted the current DOM (two animation frames). */
function painted(): Promise<number> {
  return new Promise((resolve) => {
    requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now())));
  });
}

/** Resolves once `selector` matches in `host`, checking every animation frame. */
async function appeared(host: HTMLElement, selector: string): Promise<void> {
  for (let frame = 0; frame < 6_000; frame += 1) {
    if (host.querySelector(selector) !== null) return;
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
  throw new Error(`${selector} never appeared.`);
}

/** The `q` quantile of sorted numbers. */
function quantile(sorted: readonly number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
}

/**
 * Scrolls the scroll box by `step` pixels each animation frame, down then up, and returns the
 * frame intervals (Chromium runs without a frame-rate limit, so an interval is the frame's work).
 */
async function scrollFrames(
  container: HTMLElement,
  frames: number,
  step: number,
): Promise<number[]> {
  const intervals: number[] = [];
  let previous = await painted();
  for (let frame = 0; frame < frames; frame += 1) {
    container.scrollTop += frame < frames / 2 ? step : -step;
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
): Promise<ListMeasurement> {
  const host = document.createElement('div');
  document.body.append(host);
  const root = createRoot(host);
  const started = performance.now();
  flushSync(() => root.render(<I18nextProvider i18n={i18n}>{node}</I18nextProvider>));
  const firstRenderMs = (await painted()) - started;
  const container = host.querySelector<HTMLElement>('.timeline-list__scroll');
  if (container === null) {
    throw new Error('The list rendered no scroll box.');
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

/** Runs the bench over an incident with `count` entries besides its declaration. */
async function runTimelineBench(count: number): Promise<TimelineBenchResult> {
  const i18n = createI18n('en');
  const declared = await declareIncident(
    {
      title: 'Bench incident',
      crisisTypeId: 'data-breach',
      severityId: 'sev-1',
      priority: 'p1',
      detectionSource: 'monitoring',
      detectionNote: '',
      summary: '',
      startedAt: null,
      detectedAt: Date.now() - 60_000,
      affectedAudiences: [],
      tags: [],
      visibility: 'normal',
      riskIds: [],
      isExercise: false,
    },
    { declareNow: true, by: 'Bench', entryText: 'Declared', roles: [] },
  );
  if (!declared.ok) {
    throw new Error(`Declaring failed: ${JSON.stringify(declared.issues)}`);
  }
  const incidentId = declared.value.id;
  const start = declared.value.createdAt;
  // Appended in batches, as a long incident grows.
  for (let from = 0; from < count; from += 500) {
    const batch = Array.from({ length: Math.min(500, count - from) }, (_, offset) => {
      const sequence = from + offset + 1;
      return { id: `bench-${sequence}`, input: benchEntry(sequence, start + sequence * 20_000) };
    });
    await appendTimelineEntries(incidentId, batch, Date.now());
  }
  const incident = await readIncident(incidentId);
  if (incident === undefined) {
    throw new Error('The bench incident was not stored.');
  }

  const readStarted = performance.now();
  const entries = await readTimeline(incidentId);
  const readMs = performance.now() - readStarted;
  const verifyStarted = performance.now();
  const check = verifyTimeline(entries, incidentId, incident.timelineHead);
  const verifyMs = performance.now() - verifyStarted;
  if (!check.isIntact || check.count !== count + 1) {
    throw new Error(`The bench chain is not intact: ${JSON.stringify(check)}`);
  }

  // Opening the section: live read, chain check, order, first rows painted.
  const host = document.createElement('div');
  document.body.append(host);
  const root = createRoot(host);
  const openStarted = performance.now();
  root.render(
    <I18nextProvider i18n={i18n}>
      <TimelineSection incident={incident} />
    </I18nextProvider>,
  );
  await appeared(host, '.timeline-list__row');
  const openMs = (await painted()) - openStarted;
  root.unmount();
  host.remove();

  const lines = visibleTimeline(effectiveTimeline(entries), defaultTimelineFilters);
  const app = await measure(<AppList lines={lines} />, i18n);
  const plain = await measure(<PlainList lines={lines} />, i18n);
  return { entries: entries.length, openMs, readMs, verifyMs, app, plain };
}

Object.assign(globalThis, { runTimelineBench });
