import { runIdbBench } from './idb/idbBench';
import { runIngestBenchmarks } from './ingestBench';
import { runIpcBenchmarks, type BenchComparison } from './ipcBench';

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

/** Entry point of `npm run bench`. */
async function main(): Promise<void> {
  report(await runIpcBenchmarks());
  report(await runIngestBenchmarks());
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
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
