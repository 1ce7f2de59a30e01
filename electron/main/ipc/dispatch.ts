import { z } from 'zod';
import {
  invokeContract,
  isInvokeChannel,
  type InvokeChannel,
  type InvokeOutput,
  type InvokeParsedInput,
  type TransportKind,
} from '../../../shared/ipc/contract';
import { fail, type IpcResult } from '../../../shared/ipc/result';
import { describeError, type Logger } from '../lib';

/** What a handler knows about the call besides its payload. */
export interface CallContext {
  transport: TransportKind;
}

/** One handler per invoke channel, each taking the validated payload and returning a result. */
export type HandlerTable = {
  readonly [C in InvokeChannel]: (
    payload: InvokeParsedInput<C>,
    context: CallContext,
  ) => Promise<IpcResult<InvokeOutput<C>>>;
};

/** Longest validation message returned to the caller. */
const maxIssueText = 500;

function describeIssues(error: z.ZodError): string {
  return z.prettifyError(error).slice(0, maxIssueText);
}

async function callHandler<C extends InvokeChannel>(
  table: HandlerTable,
  channel: C,
  payload: InvokeParsedInput<C>,
  context: CallContext,
): Promise<IpcResult<InvokeOutput<C>>> {
  // TypeScript cannot correlate `table[channel]` with `payload` across the union of channels;
  // the generic signature above is what keeps callers honest.
  const handler = table[channel] as (
    input: InvokeParsedInput<C>,
    callContext: CallContext,
  ) => Promise<IpcResult<InvokeOutput<C>>>;
  return handler(payload, context);
}

/**
 * The single entry point both transports call for an invoke: checks the channel exists,
 * validates the payload with the contract's schema, runs the handler, checks its result against
 * the output schema, and turns every thrown error into a value. Nothing that arrives from a
 * renderer reaches a handler unvalidated.
 */
export async function dispatchInvoke(
  table: HandlerTable,
  channel: unknown,
  payload: unknown,
  context: CallContext,
  logger: Logger,
): Promise<IpcResult<unknown>> {
  if (!isInvokeChannel(channel)) {
    return fail(
      'unknown-channel',
      `No channel named ${JSON.stringify(String(channel)).slice(0, 80)}`,
    );
  }
  const contract = invokeContract[channel];
  const parsed = contract.input.safeParse(payload);
  if (!parsed.success) {
    return fail('invalid-payload', `${channel}: ${describeIssues(parsed.error)}`);
  }
  let result: IpcResult<unknown>;
  try {
    result = await callHandler(table, channel, parsed.data, context);
  } catch (error) {
    logger.error(`${channel} threw: ${describeError(error)}`);
    return fail('internal', `${channel} failed unexpectedly`);
  }
  if (result.ok) {
    const checked = contract.output.safeParse(result.value);
    if (!checked.success) {
      logger.error(
        `${channel} returned a value outside the contract: ${describeIssues(checked.error)}`,
      );
      return fail('internal', `${channel} returned an invalid value`);
    }
    return { ok: true, value: checked.data };
  }
  return result;
}
