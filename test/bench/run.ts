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
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
