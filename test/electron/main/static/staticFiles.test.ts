import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveStaticPath, serveStaticFile } from '../../../../electron/main/static/staticFiles';

let sandbox: string;
let root: string;

beforeAll(() => {
  sandbox = mkdtempSync(path.join(os.tmpdir(), 'crisis-room-static-'));
  root = path.join(sandbox, 'renderer');
  mkdirSync(path.join(root, 'assets'), { recursive: true });
  writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>app</title>');
  writeFileSync(path.join(root, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(path.join(sandbox, 'secret.txt'), 'outside the root');
  writeFileSync(path.join(sandbox, 'renderer-secret.js'), 'sibling folder with a shared prefix');
});

afterAll(() => rmSync(sandbox, { recursive: true, force: true }));

const traversals = [
  '/../secret.txt',
  '/..%2fsecret.txt',
  '/%2e%2e/secret.txt',
  '/%2E%2E/secret.txt',
  '/.%2e/secret.txt',
  '/%2e./secret.txt',
  '/assets/../../secret.txt',
  '/assets/%2e%2e/%2e%2e/secret.txt',
  '/..\\secret.txt',
  '/%5c..%5csecret.txt',
  '/assets%5c..%5c..%5csecret.txt',
  '/%252e%252e/secret.txt',
  '/../renderer-secret.js',
  '/./index.html',
  '/C:/Windows/win.ini',
  '/c:%5cwindows%5cwin.ini',
  '/index.html%00.js',
  '/%00',
  '/assets/app.js\u0000',
];

describe('resolveStaticPath', () => {
  it.each(traversals.map((p) => [p]))('refuses %j', (rawPath) => {
    const result = resolveStaticPath(root, rawPath);
    if (result.kind === 'file') {
      // The only acceptable file answer would be one still inside the root.
      expect(result.filePath.startsWith(root + path.sep)).toBe(true);
    } else {
      expect([400, 403, 404]).toContain(result.status);
    }
  });

  it('refuses every traversal outright, not by luck of the file system', () => {
    const refused = traversals.filter(
      (rawPath) => resolveStaticPath(root, rawPath).kind === 'refused',
    );
    // `%252e%252e` decodes once to the literal folder name `%2e%2e`, which stays inside the root.
    expect(refused.length).toBe(traversals.length - 1);
  });

  it('refuses malformed escapes and relative paths', () => {
    expect(resolveStaticPath(root, '/%E0%A4%A')).toMatchObject({ kind: 'refused', status: 400 });
    expect(resolveStaticPath(root, 'index.html')).toMatchObject({ kind: 'refused', status: 400 });
  });

  it('maps / to index.html and keeps files inside the root', () => {
    expect(resolveStaticPath(root, '/')).toEqual({
      kind: 'file',
      filePath: path.join(root, 'index.html'),
      contentType: 'text/html; charset=utf-8',
    });
    expect(resolveStaticPath(root, '/assets/app.js')).toMatchObject({
      kind: 'file',
      filePath: path.join(root, 'assets', 'app.js'),
    });
  });
});

describe('serveStaticFile', () => {
  it('serves a file with the strict CSP and nosniff', async () => {
    const response = await serveStaticFile(root, '/');
    expect(response.status).toBe(200);
    expect(response.body.toString()).toContain('<title>app</title>');
    expect(response.headers['Content-Security-Policy']).toContain("default-src 'none'");
    expect(response.headers['Content-Security-Policy']).toContain("script-src 'self'");
    expect(response.headers['Content-Security-Policy']).not.toContain('unsafe-eval');
    expect(response.headers['Content-Security-Policy']).not.toContain('unsafe-inline');
    expect(response.headers['X-Content-Type-Options']).toBe('nosniff');
  });

  it('answers traversal with 403 and no file content', async () => {
    const response = await serveStaticFile(root, '/%2e%2e/secret.txt');
    expect(response.status).toBe(403);
    expect(response.body.toString()).not.toContain('outside the root');
  });

  it('answers a missing file with 404', async () => {
    expect((await serveStaticFile(root, '/assets/missing.js')).status).toBe(404);
  });

  it('answers a name too long for the file system with 404 instead of throwing', async () => {
    expect((await serveStaticFile(root, `/${'a'.repeat(300)}.js`)).status).toBe(404);
  });
});
