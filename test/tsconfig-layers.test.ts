import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { afterAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));

function context(name: string): ts.ParsedCommandLine {
  const path = join(root, name);
  const { config, error } = ts.readConfigFile(path, ts.sys.readFile);
  if (error) throw new Error(ts.flattenDiagnosticMessageText(error.messageText, '\n'));
  return ts.parseJsonConfigFileContent(config, ts.sys, root, undefined, path);
}

function compile(options: ts.CompilerOptions, rootNames: readonly string[]) {
  const program = ts.createProgram({ rootNames, options });
  const errors = ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
  return { program, errors };
}

// The lib files or ambient types that would let a browser global through, whoever pulled them in.
const WIDENING = /lib\.dom\.d\.ts$|lib\.webworker\.d\.ts$|@types\/(node|chrome)\//;
const widening = (program: ts.Program) => program.getSourceFiles().map((f) => f.fileName).filter((name) => WIDENING.test(name));

describe('the tsconfig layers', () => {
  const pure = context('tsconfig.pure.json');
  const temp = mkdtempSync(join(tmpdir(), 'listo-layers-'));
  afterAll(() => rmSync(temp, { recursive: true, force: true }));

  it('fail a pure file that reaches for the browser or the extension', () => {
    mkdirSync(join(temp, 'shared/checks'), { recursive: true });
    const file = join(temp, 'shared/checks/x.ts');
    writeFileSync(file, 'export const f = () => [document.title, window.innerWidth, navigator.language, chrome.runtime.id];\n');
    const { errors } = compile(pure.options, [file]);
    const found = errors.join('\n');
    for (const name of ['document', 'window', 'navigator', 'chrome']) expect(found).toMatch(new RegExp(`Cannot find name '${name}'`));
  });

  it('compile the real pure folders with no error, and without the DOM, a worker or Node coming in', () => {
    expect(pure.fileNames.some((name) => name.includes('/shared/checks/'))).toBe(true);
    const { program, errors } = compile(pure.options, pure.fileNames);
    expect(errors).toEqual([]);
    expect(widening(program)).toEqual([]);
  });

  it('compile the photo worker with its own globals but no DOM', () => {
    const worker = context('tsconfig.worker.json');
    const { program, errors } = compile(worker.options, worker.fileNames);
    expect(errors).toEqual([]);
    const files = program.getSourceFiles().map((f) => f.fileName);
    expect(files.some((name) => name.endsWith('lib.webworker.d.ts'))).toBe(true);
    expect(files.filter((name) => /lib\.dom\.d\.ts$|@types\/(node|chrome)\//.test(name))).toEqual([]);
  });
});
