import { reportEventSearchBench, runEventSearchBench } from './eventSearch/eventSearchBench';
import { runIdbBench } from './idb/idbBench';
import { reportTimelineBench, runTimelineBench } from './incidentTimeline/timelineBench';
import { runIngestBenchmarks } from './ingestBench';
import { reportMatchingBench, runMatchingBench } from './matching/matchingBench';
import { runIpcBenchmarks, type BenchComparison } from './ipcBench';
import { runRegisterBench } from './register/registerBench';
import { reportReportPdfBench, runReportPdfBench } from './reportPdf/reportPdfBench';
import type { RegisterBenchResult } from './register/registerBenchPage';
import { reportSearchBench, runSearchBench } from './search/searchBench';

/** Prints each comparison with its ratio against the baseline measured in the same run. */
function report(results: readonly BenchComparison[]): void {
  const format = (value: number) => Math.round(value).toLocaleString('en-US');
  console.log('\nCrisis Room benchmarks (ratio = subject / baseline, same run, same machine)\n');
  for (const result of results) {
    console.log(`${result.name}`);
    console.log(`  subject  ${format(result.subjectOpsPerSecond).padStart(12)} ops/s`);
    console.log(`  baseline ${format(result.baselineOpsPerSecond).padStart(12)} ops/s`);
    console.log(`  ratio    ${result.ratio.toFixed(3)}\n`);
  }
}

/** Prints the register bench: the app's virtualized table against a plain one, same rows. */
function reportRegister(result: RegisterBenchResult): void {
  const ms = (value: number) => `${value.toFixed(1)} ms`.padStart(10);
  console.log(`Risk register in Chromium (${result.risks.toLocaleString('en-US')} risks)`);
  console.log('                     first render   scroll p50   scroll p95');
  for (const [name, measured] of [
    ['register (app)', result.register],
    ['plain table', result.plain],
  ] as const) {
    console.log(
      `  ${name.padEnd(18)} ${ms(measured.firstRenderMs)}   ${ms(measured.scrollFrameP50Ms)}   ${ms(measured.scrollFrameP95Ms)}`,
    );
  }
  console.log(
    `  ratio (app / plain) ${(result.register.firstRenderMs / result.plain.firstRenderMs).toFixed(3)} first render, ${(result.register.scrollFrameP95Ms / result.plain.scrollFrameP95Ms).toFixed(3)} scroll p95`,
  );
  console.log(`  heat map first render ${ms(result.heatMapFirstRenderMs).trim()}`);
  console.log(`  load from IndexedDB and score ${ms(result.loadFromIndexedDbMs).trim()}`);
  console.log('  targets: first render < 300 ms, scroll p95 < 16.7 ms\n');
}

/** Entry point of `npm run bench`. */
async function main(): Promise<void> {
  report(await runIpcBenchmarks());
  report(await runIngestBenchmarks());
  const search = runSearchBench();
  report(search.comparisons);
  reportSearchBench(search);
  const eventSearch = runEventSearchBench();
  report(eventSearch.comparisons);
  reportEventSearchBench(eventSearch);
  const matching = runMatchingBench();
  report(matching.comparisons);
  reportMatchingBench(matching);
  const stored = await runIdbBench();
  if (stored !== null) {
    const format = (value: number) => Math.round(value).toLocaleString('en-US');
    console.log(
      `Storing monitoring items in Chromium's IndexedDB (${format(stored.totalItems)} items, ${stored.batchSize} per fetch record)`,
    );
    console.log(
      `  app (applyRecords)   ${format(stored.subjectItemsPerSecond).padStart(8)} items/s overall, ${format(stored.subjectItemsPerSecondAtEnd)} items/s at ${format(stored.totalItems)}`,
    );
    console.log(
      `  bare bulkAdd         ${format(stored.baselineItemsPerSecond).padStart(8)} items/s overall, ${format(stored.baselineItemsPerSecondAtEnd)} items/s at ${format(stored.totalItems)}`,
    );
    console.log(
      `  ratio at ${format(stored.totalItems)}     ${(stored.subjectItemsPerSecondAtEnd / stored.baselineItemsPerSecondAtEnd).toFixed(3)}\n`,
    );
  }
  const register = await runRegisterBench();
  if (register !== null) {
    reportRegister(register);
  }
  const timeline = await runTimelineBench();
  if (timeline !== null) {
    reportTimelineBench(timeline);
  }
  const reportPdf = await runReportPdfBench();
  if (reportPdf !== null) {
    reportReportPdfBench(reportPdf);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
