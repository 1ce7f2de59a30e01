import { readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const projectRoot = path.resolve(import.meta.dirname, '..', '..');

/** The compiler options and file list a tsconfig resolves to, as `tsc -b` would see them. */
function parseProject(relativePath: string): ts.ParsedCommandLine {
  const parsed = ts.getParsedCommandLineOfConfigFile(
    path.join(projectRoot, relativePath),
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (diagnostic) => {
        throw new Error(ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
      },
    },
  );
  if (parsed === undefined) throw new Error(`cannot read ${relativePath}`);
  expect(parsed.errors).toEqual([]);
  return parsed;
}

function relativeFiles(parsed: ts.ParsedCommandLine): string[] {
  return parsed.fileNames.map((file) => path.relative(projectRoot, file).split(path.sep).join('/'));
}

describe('TypeScript project layout', () => {
  it('type-checks the preload in its own project, as a page script without Node', () => {
    const preload = parseProject('electron/preload/tsconfig.json');
    expect(relativeFiles(preload)).toContain('electron/preload/index.ts');
    expect(relativeFiles(preload).every((file) => file.startsWith('electron/preload/'))).toBe(true);
    expect(preload.options.lib).toEqual(['lib.es2023.d.ts', 'lib.dom.d.ts']);
    expect(preload.options.types).toEqual([]);
    expect(preload.options.strict).toBe(true);
  });

  it('keeps the preload out of the main-process project, which has Node types', () => {
    const main = parseProject('electron/tsconfig.json');
    const files = relativeFiles(main);
    expect(files).toContain('electron/main/index.ts');
    expect(files.filter((file) => file.startsWith('electron/preload/'))).toEqual([]);
    expect(main.options.types).toEqual(['node']);
    expect(main.options.lib).not.toContain('lib.dom.d.ts');
  });

  it('builds the preload project with `tsc -b`', () => {
    const root: unknown = JSON.parse(readFileSync(path.join(projectRoot, 'tsconfig.json'), 'utf8'));
    expect(root).toMatchObject({
      references: expect.arrayContaining([{ path: './electron/preload' }]),
    });
  });
});
