import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { baseSecurityHeaders } from './contentSecurityPolicy';
import { errorCode } from '../lib/errors';

/** Where a request path leads: a file inside the root, or a refusal with its HTTP status. */
export type StaticResolution =
  | { kind: 'file'; filePath: string; contentType: string }
  | { kind: 'refused'; status: 400 | 403 | 404; reason: string };

/** A complete response from the static file server, independent of the transport. */
export interface StaticResponse {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
}

const contentTypes: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * Maps a URL path (still percent-encoded, as it arrived) to a file under `rootDir`, refusing
 * anything that could leave it: `..` segments in any encoding (`%2e%2e`, `%2E.`), backslashes
 * (also `%5c`), encoded slashes, NUL bytes, drive letters and malformed escapes. `/` serves
 * index.html. Pure apart from the path arithmetic, so the rules are unit-tested directly.
 */
export function resolveStaticPath(rootDir: string, rawPathname: string): StaticResolution {
  if (!rawPathname.startsWith('/'))
    return { kind: 'refused', status: 400, reason: 'relative path' };
  if (/%(?:2f|5c|00)/iu.test(rawPathname) || rawPathname.includes('\\')) {
    return { kind: 'refused', status: 403, reason: 'encoded separator or backslash' };
  }
  let decoded: string;
  try {
    decoded = decodeURIComponent(rawPathname);
  } catch {
    return { kind: 'refused', status: 400, reason: 'malformed escape' };
  }
  // eslint-disable-next-line no-control-regex -- refusing control characters is the point
  if (/[\u0000-\u001f\\]/u.test(decoded))
    return { kind: 'refused', status: 403, reason: 'control character' };
  const segments = decoded.split('/').slice(1);
  if (
    segments.some((segment) => segment === '..' || segment === '.' || /^[a-z]:$/iu.test(segment))
  ) {
    return { kind: 'refused', status: 403, reason: 'path traversal' };
  }
  const relative = decoded === '/' ? 'index.html' : segments.join('/');
  const root = path.resolve(rootDir);
  const filePath = path.resolve(root, relative);
  if (!filePath.startsWith(root + path.sep))
    return { kind: 'refused', status: 403, reason: 'outside root' };
  const contentType = contentTypes[path.extname(filePath).toLowerCase()];
  if (contentType === undefined)
    return { kind: 'refused', status: 404, reason: 'unknown file type' };
  return { kind: 'file', filePath, contentType };
}

function textResponse(status: number, text: string): StaticResponse {
  return {
    status,
    headers: { ...baseSecurityHeaders, 'Content-Type': 'text/plain; charset=utf-8' },
    body: Buffer.from(text, 'utf8'),
  };
}

/**
 * Serves one request for a built renderer file, with the security headers (strict CSP, nosniff,
 * no referrer). Used by the `app://` protocol handler in Electron and by the web transport.
 */
export async function serveStaticFile(
  rootDir: string,
  rawPathname: string,
): Promise<StaticResponse> {
  const resolution = resolveStaticPath(rootDir, rawPathname);
  if (resolution.kind === 'refused') return textResponse(resolution.status, resolution.reason);
  try {
    const body = await readFile(resolution.filePath);
    const isHtml = resolution.contentType.startsWith('text/html');
    return {
      status: 200,
      headers: {
        ...baseSecurityHeaders,
        'Content-Type': resolution.contentType,
        'Cache-Control': isHtml ? 'no-store' : 'no-cache',
      },
      body,
    };
  } catch (error) {
    const code = errorCode(error);
    // A name too long for the file system cannot name a file that exists.
    if (code === 'ENOENT' || code === 'EISDIR' || code === 'ENOTDIR' || code === 'ENAMETOOLONG')
      return textResponse(404, 'not found');
    throw error;
  }
}
