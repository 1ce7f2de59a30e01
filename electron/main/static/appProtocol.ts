import path from 'node:path';
import { baseSecurityHeaders } from './contentSecurityPolicy';
import { serveStaticFile } from './staticFiles';
import { appOrigin, isAppUrl } from '../security/appOrigin';

/**
 * What the handler reads of a request. Electron hands `protocol.handle` handlers a WHATWG
 * `Request`, which satisfies this; tests may also pass plain objects for URLs that the `Request`
 * constructor refuses to build (user info), so the handler never relies on that refusal.
 */
export type AppProtocolRequest = Pick<Request, 'url' | 'method'>;

function refusal(status: 403 | 404, text: string): Response {
  return new Response(text, {
    status,
    headers: { ...baseSecurityHeaders, 'Content-Type': 'text/plain; charset=utf-8' },
  });
}

/**
 * The path of an app URL exactly as it arrived, percent-escapes kept, without query or fragment.
 * Null unless the text starts with the app origin spelled exactly and then a path, query or
 * fragment: the slice is taken from that spelling only, and looser ones the URL parser would
 * accept as the same origin (`app://crisis-room:/`, `app://@crisis-room/`) are not guessed at.
 */
function rawAppPath(url: string): string | null {
  if (!url.startsWith(appOrigin)) return null;
  const rest = url.slice(appOrigin.length);
  if (rest !== '' && !/^[/?#]/u.test(rest)) return null;
  const pathPart = rest.split(/[?#]/u)[0] ?? '';
  return pathPart === '' ? '/' : pathPart;
}

/**
 * Builds the `app://` scheme handler that serves the built renderer from `rendererRoot`. Only GET
 * requests to the app origin itself are answered: another host (`app://crisis-room.evil`), a port,
 * user info or an over-long URL gets 403 ({@link isAppUrl}, the same rule navigation uses), and
 * the path goes to {@link serveStaticFile} still percent-encoded, so encoded traversal (`%2e%2e`,
 * `%5c`) is seen and refused there. Every answer, refusals included, carries the strict CSP. Pure
 * Node: no Electron import, so it is tested with real `Request`s.
 */
export function createAppProtocolHandler(
  rendererRoot: string,
): (request: AppProtocolRequest) => Promise<Response> {
  const root = path.resolve(rendererRoot);
  return async (request) => {
    if (request.method !== 'GET') return refusal(403, 'method not allowed');
    const rawPath = isAppUrl(request.url) ? rawAppPath(request.url) : null;
    if (rawPath === null) return refusal(403, 'forbidden');
    const file = await serveStaticFile(root, rawPath);
    return new Response(new Uint8Array(file.body), { status: file.status, headers: file.headers });
  };
}
