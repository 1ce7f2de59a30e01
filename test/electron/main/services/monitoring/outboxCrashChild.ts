import { openOutbox } from '../../../../../electron/main/services/monitoring/outbox';
import type { OutboxRecord } from '../../../../../shared/monitoring/records';

/**
 * Child process of the outbox crash test (bundled with esbuild, run with plain Node, killed with
 * SIGKILL by the parent at a random moment). It appends records without end and acknowledges
 * every other one, printing `pushed <id>` only after an append resolved (the moment the service
 * would push it), `acking <id>` before an ack and `acked <id>` after it resolved. Small compaction thresholds make it
 * rewrite the file often, so the kill also lands mid-compaction.
 */
async function main(): Promise<void> {
  const directory = process.argv[2];
  if (directory === undefined) throw new Error('usage: child <directory>');
  const outbox = await openOutbox({
    directory,
    logger: { info: () => undefined, warn: () => undefined, error: () => undefined },
    compactAfterLines: 20,
    compactAfterBytes: 64 * 1024,
  });
  const start = Date.now();
  for (let index = 0; ; index += 1) {
    const record: OutboxRecord = {
      type: 'host',
      id: `${(start + index).toString(36).padStart(9, '0')}-0000`,
      at: start + index,
      event: index % 2 === 0 ? 'offline' : 'online',
    };
    await outbox.append(record);
    process.stdout.write(`pushed ${record.id}\n`);
    if (index % 2 === 1) {
      // Killed between this line and `acked`, the record may be either pending or acknowledged.
      process.stdout.write(`acking ${record.id}\n`);
      await outbox.ack([record.id]);
      process.stdout.write(`acked ${record.id}\n`);
    }
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${String(error)}\n`);
  process.exit(1);
});
