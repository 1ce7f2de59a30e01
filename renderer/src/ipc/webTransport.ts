import { z } from 'zod';
import { eventContract, invokeContract } from '../../../shared/ipc/contract';
import type {
  EventChannel,
  EventPayload,
  InvokeChannel,
  InvokeInput,
  InvokeOutput,
} from '../../../shared/ipc/contract';
import type { InvokeTransport, SubscribeTransport, Unsubscribe } from '../../../shared/ipc/bridge';
import { fail, ipcResultSchema, ok } from '../../../shared/ipc/result';
import type { IpcResult } from '../../../shared/ipc/result';

/** The part of `fetch` the web transport uses, so tests can pass a fake. */
export type FetchFunction = (input: string, init: RequestInit) => Promise<Response>;

/** The part of an `EventSource` the web transport uses. */
export type EventSourceLike = {
  addEventListener(type: string, listener: (event: MessageEvent) => void): void;
  removeEventListener(type: string, listener: (event: MessageEvent) => void): void;
  close(): void;
};

/** Something that opens a server-sent event stream: `EventSource`, or a fake in tests. */
export type EventSourceConstructor = new (url: string) => EventSourceLike;

/** Detail of the failure when the loopback server refuses the session (HTTP 403). */
const forbiddenMessage =
  'The web server refused the request: the access token is missing or expired. Open the URL printed by `npm run web` again.';

/** The failure every transport problem becomes. */
function unavailable<T>(message: string): IpcResult<T> {
  return fail<T>('transport-unavailable', message);
}

/**
 * The contract seen per channel. Annotating the contract with these mapped types (checked key by
 * key) lets `outputSchemas[channel]` keep its tie to a generic channel `C`, where indexing the
 * contract directly would widen to the union of every channel's schema.
 */
const outputSchemas: {
  readonly [C in InvokeChannel]: { readonly output: z.ZodType<InvokeOutput<C>> };
} = invokeContract;

/** See {@link outputSchemas}. */
const eventSchemas: { readonly [C in EventChannel]: z.ZodType<EventPayload<C>> } = eventContract;

/** The wire shape of any IpcResult, before its value is checked against a channel's schema. */
const answerSchema = ipcResultSchema(z.unknown());

/** Checks an answer against the IpcResult shape and the channel's output schema. */
function parseAnswer<C extends InvokeChannel>(
  channel: C,
  body: unknown,
): IpcResult<InvokeOutput<C>> | undefined {
  const answer = answerSchema.safeParse(body);
  if (!answer.success) {
    return undefined;
  }
  if (!answer.data.ok) {
    return fail(answer.data.error.code, answer.data.error.message);
  }
  const value = outputSchemas[channel].output.safeParse(answer.data.value);
  return value.success ? ok(value.data) : undefined;
}

/**
 * Builds the invoke half of the web transport: `POST /ipc/<channel>` with the payload as JSON; the
 * loopback server answers with an IpcResult, which is checked against the channel's schema. Never
 * throws: a network failure, a 403 (missing or expired access token), an answer that is not JSON,
 * or one that is not a result of this channel becomes `transport-unavailable`, so callers handle
 * one shape of failure whichever transport they got. A well-formed failure sent with an error
 * status keeps its own code.
 */
export function createWebInvoke(fetchFn: FetchFunction = fetch, baseUrl = ''): InvokeTransport {
  return async function invoke<C extends InvokeChannel>(
    channel: C,
    payload: InvokeInput<C>,
  ): Promise<IpcResult<InvokeOutput<C>>> {
    let response: Response;
    try {
      response = await fetchFn(`${baseUrl}/ipc/${channel}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(payload),
        credentials: 'same-origin',
      });
    } catch (error: unknown) {
      return unavailable(`The web server could not be reached: ${String(error)}`);
    }
    if (response.status === 403) {
      return unavailable(forbiddenMessage);
    }
    let body: unknown;
    try {
      body = await response.json();
    } catch {
      return unavailable(
        `The web server answered ${channel} with HTTP ${response.status} and no JSON.`,
      );
    }
    const answer = parseAnswer(channel, body);
    if (response.status === 200) {
      return (
        answer ?? unavailable(`The web server's answer to ${channel} does not match the contract.`)
      );
    }
    // An expected failure (a payload the server refused, say) may come with an error status; keep
    // its own code so the user sees the real reason.
    if (answer !== undefined && !answer.ok) {
      return answer;
    }
    return unavailable(`The web server answered ${channel} with HTTP ${response.status}.`);
  };
}

/**
 * Builds the event half of the web transport: one shared `EventSource` on `/events`, opened by the
 * first listener and closed when the last one leaves. Each message's `data` is parsed and checked
 * against the channel's schema; a message that fails either is dropped, never thrown, because one
 * bad event must not break the page.
 */
export function createWebSubscribe(
  EventSourceCtor: EventSourceConstructor = EventSource,
  baseUrl = '',
): SubscribeTransport {
  let source: EventSourceLike | undefined;
  let listenerCount = 0;

  return function subscribe<C extends EventChannel>(
    channel: C,
    listener: (payload: EventPayload<C>) => void,
  ): Unsubscribe {
    const schema = eventSchemas[channel];
    const onMessage = (event: MessageEvent): void => {
      const data: unknown = event.data;
      if (typeof data !== 'string') {
        return;
      }
      let json: unknown;
      try {
        json = JSON.parse(data);
      } catch {
        return;
      }
      const parsed = schema.safeParse(json);
      if (parsed.success) {
        listener(parsed.data);
      }
    };

    source ??= new EventSourceCtor(`${baseUrl}/events`);
    const currentSource = source;
    currentSource.addEventListener(channel, onMessage);
    listenerCount += 1;

    let isSubscribed = true;
    return () => {
      if (!isSubscribed) {
        return;
      }
      isSubscribed = false;
      currentSource.removeEventListener(channel, onMessage);
      listenerCount -= 1;
      if (listenerCount === 0) {
        currentSource.close();
        source = undefined;
      }
    };
  };
}
