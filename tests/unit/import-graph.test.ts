/**
 * The import graph of src, type-only imports included: no cycles, and every file under
 * src/files reached from the Export and Import menus. Read with TypeScript's own scanner of
 * imports (ts.preProcessFile), so strings and comments are never taken for imports; a module
 * started as a worker counts as imported by the file that starts it.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const SRC = path.resolve(__dirname, '../../src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(name) && !name.endsWith('.d.ts') ? [full] : [];
  });
}

/** The file a relative specifier names, or null for a package, a stylesheet or a virtual module. */
function resolve(from: string, spec: string): string | null {
  if (!spec.startsWith('.')) return null;
  const base = path.resolve(path.dirname(from), spec);
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, `${base}/index.ts`]) {
    if (/\.tsx?$/.test(candidate) && existsSync(candidate)) return candidate;
  }
  return null;
}

/** Modules a file starts as workers: `new Worker(new URL('./x.ts', import.meta.url))`. */
const WORKER = /new\s+Worker\(\s*new\s+URL\(\s*(['"])(\.[^'"]+)\1\s*,\s*import\.meta\.url/g;

/** Every src file with the src files it imports (static, dynamic, type-only and workers alike). */
function importGraph(): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of sourceFiles(SRC)) {
    const text = readFileSync(file, 'utf8');
    const info = ts.preProcessFile(text, true, true);
    const specs = [
      ...info.importedFiles.map((f) => f.fileName),
      ...[...text.matchAll(WORKER)].map((m) => m[2]!),
    ];
    const targets = specs.map((spec) => resolve(file, spec)).filter((t): t is string => t !== null);
    graph.set(file, [...new Set(targets)]);
  }
  return graph;
}

/** The cycles of the graph, each as a list of files (Tarjan's strongly connected components). */
function cycles(graph: Map<string, string[]>): string[][] {
  let index = 0;
  const indexOf = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (v: string): void => {
    indexOf.set(v, index);
    low.set(v, index++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!indexOf.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, indexOf.get(w)!));
    }
    if (low.get(v) !== indexOf.get(v)) return;
    const component: string[] = [];
    let w: string;
    do {
      w = stack.pop()!;
      onStack.delete(w);
      component.push(w);
    } while (w !== v);
    if (component.length > 1 || (graph.get(v) ?? []).includes(v)) found.push(component);
  };
  for (const v of graph.keys()) if (!indexOf.has(v)) visit(v);
  return found;
}

const rel = (file: string) => path.relative(SRC, file);

describe('import graph of src', () => {
  const graph = importGraph();

  it('reads the imports it is meant to (static, dynamic, type-only, re-exports)', () => {
    const targets = (file: string) => graph.get(path.join(SRC, file))!.map(rel);
    expect(targets('files/export/runExport.ts')).toContain('files/export/officeExport.ts');
    expect(targets('files/import/describeIssue.ts')).toContain('domain/issues.ts');
    expect(targets('app/App.tsx')).toContain('app/EditorPage.tsx');
  });

  it('finds a cycle when there is one', () => {
    const a = path.join(SRC, 'a.ts');
    const b = path.join(SRC, 'b.ts');
    expect(
      cycles(
        new Map([
          [a, [b]],
          [b, [a]],
        ]),
      ).map((c) => c.map(rel).sort()),
    ).toEqual([['a.ts', 'b.ts']]);
  });

  it('has no import cycles, type-only imports included', () => {
    expect(cycles(graph).map((c) => c.map(rel).sort())).toEqual([]);
  });

  it('reaches every file under src/files from the Export and Import menus', () => {
    const entries = [
      'files/export/ExportMenu.tsx',
      'files/import/ImportButton.tsx',
      'files/import/ImportFeedback.tsx',
      'files/import/PasteDialog.tsx',
      'files/import/useImport.ts',
      'files/import/useFileDrop.ts',
      'files/import/usePasteImport.ts',
    ].map((f) => path.join(SRC, f));
    const reached = new Set<string>();
    const todo = [...entries];
    while (todo.length > 0) {
      const file = todo.pop()!;
      if (reached.has(file)) continue;
      reached.add(file);
      todo.push(...(graph.get(file) ?? []));
    }
    const files = [...graph.keys()].filter((f) => rel(f).startsWith(`files${path.sep}`));
    expect(files.filter((f) => !reached.has(f)).map(rel)).toEqual([]);
  });
});
