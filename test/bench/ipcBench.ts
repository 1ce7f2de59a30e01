import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Bench } from 'tinybench';
import { dispatchInvoke } from '../../electron/main/ipc/dispatch';
import { EventHub } from '../../electron/main/ipc/eventHub';
import { createHandlerTable } from '../../electron/main/ipc/handlers';
import type { Logger } from '../../electron/main/lib';
import { createServices } from '../../electron/main/services/createServices';
import { createWebPlatform } from '../../electron/web/webPlatform';
import { startWebServer } from '../../electron/web/webServer';

/** One measured pair: the thing under test next to its baseline, from the same run. */
export interface BenchComparison {
  name: string;
  subjectOpsPerSecond: number;
  baselineOpsPerSecond: number;
  /** subject / baseline: 1.0 means no overhead over the baseline. */
  ratio: number;
}

const quiet: Logger = { info: () => undefined, warn: () => undefined, error: () => undefined };

function opsPerSecond(bench: Bench, name: string): number {
  const task = bench.getTask(name);
  const result = task?.result;
  if (result === undefined || !('throughput' in result))
    throw new Error(`benchmark ${name} did not run`);
  return result.throughput.mean;
}

/**
 * IPC overhead: `dispatchInvoke` (channel check, payload and output validation, error wrapping)
 * against calling the same handler directly; and a full web-transport invoke (HTTP, token and
 * origin checks, JSON, dispatch) against a bare loopback HTTP echo.
 */
export async function runIpcBenchmarks(): Promise<BenchComparison[]> {
  const folder = mkdtempSync(path.join(os.tmpdir(), 'crisis-room-bench-'));
  writeFileSync(path.join(folder, 'index.html'), '<!doctype html>');
  const events = new EventHub(quiet);
  const platform = createWebPlatform({
    appName: 'Crisis Room',
    appVersion: '0.0.0-bench',
    dataDirectory: folder,
  });
  const handlers = createHandlerTable(createServices(platform, events, quiet));
  const payload = { url: 'https://example.com/news/危機?id=42' };

  const dispatchBench = new Bench({ time: 1_000, warmup: true });
  dispatchBench
    .add('direct handler', async () => {
      await handlers['shell:open-external'](payload, { transport: 'web' });
    })
    .add('dispatchInvoke', async () => {
      await dispatchInvoke(handlers, 'shell:open-external', payload, { transport: 'web' }, quiet);
    });
  await dispatchBench.run();

  const server = await startWebServer({
    port: 0,
    rendererRoot: folder,
    handlers,
    events,
    logger: quiet,
  });
  const echo = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      response.writeHead(200, { 'Content-Type': 'application/json' });
      response.end(Buffer.concat(chunks));
    });
  });
  await new Promise<void>((resolve) => echo.listen(0, '127.0.0.1', resolve));
  const echoPort = (echo.address() as AddressInfo).port;
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const post = (port: number, pathName: string, headers: Record<string, string>) =>
    new Promise<void>((resolve, reject) => {
      const request = http.request(
        {
          host: '127.0.0.1',
          port,
          method: 'POST',
          path: pathName,
          agent,
          headers: { 'Content-Type': 'application/json', ...headers },
        },
        (response) => {
          response.resume();
          response.on('end', resolve);
        },
      );
      request.on('error', reject);
      request.end(JSON.stringify(payload));
    });

  const webBench = new Bench({ time: 1_500, warmup: true });
  webBench
    .add('loopback echo', () => post(echoPort, '/echo', {}))
    .add('web transport invoke', () =>
      post(server.port, '/ipc/shell:open-external', {
        Cookie: `crisis_room_${server.port}=${server.token}`,
      }),
    );
  await webBench.run();
  agent.destroy();
  await server.close();
  await new Promise<void>((resolve) => echo.close(() => resolve()));
  rmSync(folder, { recursive: true, force: true });

  const compare = (
    bench: Bench,
    name: string,
    subject: string,
    baseline: string,
  ): BenchComparison => {
    const subjectOps = opsPerSecond(bench, subject);
    const baselineOps = opsPerSecond(bench, baseline);
    return {
      name,
      subjectOpsPerSecond: subjectOps,
      baselineOpsPerSecond: baselineOps,
      ratio: subjectOps / baselineOps,
    };
  };
  return [
    compare(
      dispatchBench,
      'IPC dispatch (validate + wrap) vs direct handler call',
      'dispatchInvoke',
      'direct handler',
    ),
    compare(
      webBench,
      'web transport invoke vs bare loopback HTTP echo',
      'web transport invoke',
      'loopback echo',
    ),
  ];
}
