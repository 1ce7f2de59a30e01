import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createHandlerTable } from '../main/ipc/handlers';
import { EventHub } from '../main/ipc/eventHub';
import { createConsoleLogger } from '../main/lib';
import { appName, appVersion } from '../main/lib/buildInfo';
import { defaultWebDataDirectory } from '../main/lib/dataDirectory';
import { createServices } from '../main/services/createServices';
import { createWebPlatform } from './webPlatform';
import { defaultWebPort, startWebServer } from './webServer';

const usage = `Usage: npm run web -- [--port ${defaultWebPort}] [--data <folder>]

Runs Crisis Room in your browser: serves the app and its services on 127.0.0.1 only.
  --port <n>       port to listen on (default ${defaultWebPort}; keep it fixed: the browser keeps
                   your data per address and port)
  --data <folder>  folder for the app's files outside the browser (default ${defaultWebDataDirectory()})
  --help           show this text`;

function parsePort(text: string): number {
  const port = Number(text);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new Error(`--port must be a whole number from 1 to 65535, got "${text}"`);
  }
  return port;
}

/** Entry point of `npm run web`: the same services as the desktop app behind a loopback HTTP server. */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: process.env.CRISIS_ROOM_PORT ?? String(defaultWebPort) },
      data: { type: 'string', default: process.env.CRISIS_ROOM_DATA ?? defaultWebDataDirectory() },
      help: { type: 'boolean', default: false },
    },
    strict: true,
  });
  if (values.help) {
    console.log(usage);
    return;
  }
  const port = parsePort(values.port);
  const dataDirectory = path.resolve(values.data);
  mkdirSync(dataDirectory, { recursive: true, mode: 0o700 });

  const logger = createConsoleLogger('crisis-room-web');
  const events = new EventHub(logger);
  const platform = createWebPlatform({ appName, appVersion, dataDirectory });
  const services = createServices(platform, events, logger);
  // The outbox is replayed before the first request is served: nothing is answered from nothing.
  await services.monitoring.start();
  const server = await startWebServer({
    port,
    rendererRoot: path.join(__dirname, '..', 'renderer'),
    handlers: createHandlerTable(services),
    events,
    logger,
  });
  console.log(
    `Crisis Room ${appVersion} is running on this computer only. Open this address in your browser:`,
  );
  console.log(server.url);
  console.log(`Data folder: ${dataDirectory}. Press Ctrl+C to stop.`);

  const shutdown = () => {
    services.updates.stop();
    // Fetches aborted and the outbox flushed before the process goes.
    void services.monitoring
      .stop()
      .catch((error: unknown) => logger.error(`monitoring did not stop cleanly: ${String(error)}`))
      .then(() => server.close())
      .then(() => process.exit(0));
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
}

main().catch((error: unknown) => {
  const message = error instanceof Error ? error.message : String(error);
  const hint = /EADDRINUSE/u.test(message)
    ? ' (another Crisis Room may already be running; use --port to pick another)'
    : '';
  console.error(`Crisis Room could not start: ${message}${hint}`);
  process.exit(1);
});
