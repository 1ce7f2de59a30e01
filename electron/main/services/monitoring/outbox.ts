import { mkdir, open, readFile, rename, rm, type FileHandle } from 'node:fs/promises';
import path from 'node:path';
import { outboxRecordSchema, type OutboxRecord } from '../../../../shared/monitoring/records';
import { describeError, errorCode, type Logger } from '../../lib';

/** The outbox file's name inside `<dataDirectory>/monitoring/`. */
export const outboxFileName = 'outbox.jsonl';

/** Compaction starts once acknowledged lines take more than this many bytes … */
export const defaultCompactAfterBytes = 1024 * 1024;
/** … or there are more than this many acknowledged lines. */
export const defaultCompactAfterLines = 1000;

/** Options of {@link openOutbox}. */
export interface OutboxOptions {
  /** Folder holding the outbox file; created when missing. */
  directory: string;
  logger: Logger;
  compactAfterBytes?: number;
  compactAfterLines?: number;
}

/** One page of pending records. */
export interface PendingPage {
  records: OutboxRecord[];
  hasMore: boolean;
}

/**
 * The durable hand-off from the main process to the renderer: records are written and fsynced
 * before anyone is told about them, and forgotten only once the renderer acknowledged them.
 */
export interface Outbox {
  /** Writes one record durably; resolves after fsync, only then may the record be pushed. */
  append(record: OutboxRecord): Promise<void>;
  /** Records not yet acknowledged with an id greater than `afterId` (null: all), oldest first. */
  pending(afterId: string | null, limit: number): PendingPage;
  /** Acknowledges records durably; unknown or already acknowledged ids are ignored. */
  ack(ids: readonly string[]): Promise<number>;
  /** Records not yet acknowledged. */
  pendingCount(): number;
  /** The greatest record id ever seen in the file, to keep new ids above it. */
  lastId(): string | null;
  /** Waits for queued writes and closes the file. */
  close(): Promise<void>;
}

/** A line that acknowledges records. Record lines are the records themselves (they have `type`). */
interface AckLine {
  ack: string[];
}

function isAckLine(value: unknown): value is AckLine {
  return (
    typeof value === 'object' &&
    value !== null &&
    'ack' in value &&
    Array.isArray(value.ack) &&
    value.ack.every((id) => typeof id === 'string')
  );
}

const newline = 0x0a;

/** What replaying the file found. */
interface Replay {
  pending: Map<string, OutboxRecord>;
  lastId: string | null;
  ackedLines: number;
  ackedBytes: number;
  /** Size of each pending record's line, counted towards compaction once it is acknowledged. */
  recordBytes: Map<string, number>;
  /** Bytes of whole lines; anything after them is a torn write and is cut off. */
  validLength: number;
}

function replay(content: Buffer, file: string, logger: Logger): Replay {
  const pending = new Map<string, OutboxRecord>();
  const recordBytes = new Map<string, number>();
  let lastId: string | null = null;
  let ackedLines = 0;
  let ackedBytes = 0;
  let start = 0;
  let lineNumber = 0;
  while (start < content.length) {
    const end = content.indexOf(newline, start);
    // No newline: the process died while writing this line; it was never pushed.
    if (end === -1) break;
    lineNumber += 1;
    const lineBytes = end + 1 - start;
    const text = content.toString('utf8', start, end);
    start = end + 1;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      logger.warn(`outbox ${file}: skipped unreadable line ${lineNumber}`);
      continue;
    }
    if (isAckLine(value)) {
      ackedLines += 1;
      ackedBytes += lineBytes;
      for (const id of value.ack) {
        if (pending.delete(id)) {
          ackedLines += 1;
          ackedBytes += recordBytes.get(id) ?? 0;
        }
        recordBytes.delete(id);
      }
      continue;
    }
    const parsed = outboxRecordSchema.safeParse(value);
    if (!parsed.success) {
      logger.warn(`outbox ${file}: skipped invalid record on line ${lineNumber}`);
      continue;
    }
    pending.set(parsed.data.id, parsed.data);
    recordBytes.set(parsed.data.id, lineBytes);
    if (lastId === null || parsed.data.id > lastId) lastId = parsed.data.id;
  }
  const validLength = content.lastIndexOf(newline) + 1;
  return { pending, lastId, ackedLines, ackedBytes, recordBytes, validLength };
}

async function readIfExists(file: string): Promise<Buffer> {
  try {
    return await readFile(file);
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return Buffer.alloc(0);
    throw error;
  }
}

/** Makes a rename inside `directory` durable. Windows cannot open folders: there it is a no-op. */
async function syncDirectory(directory: string): Promise<void> {
  let handle: FileHandle | null = null;
  try {
    handle = await open(directory, 'r');
    await handle.sync();
  } catch (error) {
    const code = errorCode(error);
    if (code !== 'EISDIR' && code !== 'EPERM' && code !== 'EINVAL' && code !== 'EACCES')
      throw error;
  } finally {
    await handle?.close();
  }
}

/**
 * Opens (creating when needed) the outbox in `directory` and replays it: records without an
 * acknowledgement are pending again. An append-only JSON-lines file, one record or one
 * `{"ack":[ids]}` per line, each line fsynced before the caller goes on. A torn last line (the
 * process was killed mid-write) is cut off; an unreadable line elsewhere is skipped with a
 * warning. When acknowledged lines dominate, the file is rewritten with the pending records only
 * (temp file, fsync, rename, fsync of the folder), so a kill at any moment leaves either the old
 * or the new file, both complete. All file work runs through one queue.
 */
export async function openOutbox(options: OutboxOptions): Promise<Outbox> {
  const { directory, logger } = options;
  const compactAfterBytes = options.compactAfterBytes ?? defaultCompactAfterBytes;
  const compactAfterLines = options.compactAfterLines ?? defaultCompactAfterLines;
  const file = path.join(directory, outboxFileName);
  const temporaryFile = `${file}.tmp`;
  await mkdir(directory, { recursive: true, mode: 0o700 });
  await rm(temporaryFile, { force: true });

  const content = await readIfExists(file);
  const state = replay(content, file, logger);
  if (state.validLength < content.length) {
    logger.warn(
      `outbox ${file}: cut off ${content.length - state.validLength} bytes of an unfinished write`,
    );
  }
  const pending = state.pending;
  let ackedLines = state.ackedLines;
  let ackedBytes = state.ackedBytes;
  let lastId = state.lastId;
  const lineBytes = state.recordBytes;

  let handle = await open(file, 'a+', 0o600);
  if (state.validLength < content.length) {
    await handle.truncate(state.validLength);
    await handle.sync();
  }

  let queue: Promise<unknown> = Promise.resolve();
  let isClosed = false;
  function enqueue<T>(task: () => Promise<T>): Promise<T> {
    if (isClosed) return Promise.reject(new Error('the outbox is closed'));
    const result = queue.then(task);
    // The queue goes on after a failed task; the failure reaches that task's caller.
    queue = result.catch(() => undefined);
    return result;
  }

  async function writeLine(text: string): Promise<number> {
    const bytes = Buffer.from(`${text}\n`, 'utf8');
    await handle.appendFile(bytes);
    await handle.sync();
    return bytes.length;
  }

  async function compact(): Promise<void> {
    const records = [...pending.values()].sort((left, right) => (left.id < right.id ? -1 : 1));
    const temporary = await open(temporaryFile, 'w', 0o600);
    try {
      const text = records.map((record) => `${JSON.stringify(record)}\n`).join('');
      await temporary.writeFile(text, 'utf8');
      await temporary.sync();
    } finally {
      await temporary.close();
    }
    await handle.close();
    try {
      await rename(temporaryFile, file);
      await syncDirectory(directory);
    } finally {
      handle = await open(file, 'a+', 0o600);
    }
    ackedLines = 0;
    ackedBytes = 0;
  }

  const shouldCompact = () => ackedLines > compactAfterLines || ackedBytes > compactAfterBytes;

  if (shouldCompact()) {
    await compact().catch((error: unknown) =>
      logger.warn(`outbox ${file}: compaction failed, kept as is: ${describeError(error)}`),
    );
  }

  return {
    append: (record) =>
      enqueue(async () => {
        const bytes = await writeLine(JSON.stringify(record));
        pending.set(record.id, record);
        lineBytes.set(record.id, bytes);
        if (lastId === null || record.id > lastId) lastId = record.id;
      }),

    pending: (afterId, limit) => {
      const after = [...pending.keys()].filter((id) => afterId === null || id > afterId).sort();
      const page = after.slice(0, limit).map((id) => pending.get(id));
      return {
        records: page.filter((record) => record !== undefined),
        hasMore: after.length > limit,
      };
    },

    ack: (ids) =>
      enqueue(async () => {
        const known = [...new Set(ids)].filter((id) => pending.has(id));
        if (known.length === 0) return pending.size;
        const ackLine: AckLine = { ack: known };
        ackedBytes += await writeLine(JSON.stringify(ackLine));
        ackedLines += 1;
        for (const id of known) {
          pending.delete(id);
          ackedLines += 1;
          ackedBytes += lineBytes.get(id) ?? 0;
          lineBytes.delete(id);
        }
        if (shouldCompact()) {
          try {
            await compact();
          } catch (error) {
            logger.warn(`outbox ${file}: compaction failed, will retry: ${describeError(error)}`);
          }
        }
        return pending.size;
      }),

    pendingCount: () => pending.size,

    lastId: () => lastId,

    close: async () => {
      if (isClosed) return;
      const last = queue;
      isClosed = true;
      await last;
      await handle.close();
    },
  };
}
