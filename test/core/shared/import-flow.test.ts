/**
 * The flow through the folders is one way: no module imports itself through others, and no two folders
 * import each other, except a folder and its own subfolder (a folder's routes mount its subfolders',
 * which use the folder's shared modules). Read from the import statements of src/.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { expect, it } from "vitest";

const SRC = resolve(import.meta.dirname, "../../../src");

function sourceFiles(directory: string): string[] {
  return readdirSync(directory).flatMap((name) => {
    const path = join(directory, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !name.endsWith(".d.ts") ? [path] : [];
  });
}

function resolveImport(from: string, specifier: string): string | undefined {
  const base = resolve(dirname(from), specifier);
  return [base, `${base}.ts`, `${base}.tsx`, join(base, "index.ts"), join(base, "index.tsx")].find((path) => existsSync(path) && statSync(path).isFile());
}

/** Relative imports of every file: [target, type-only]. */
const imports = new Map(
  sourceFiles(SRC).map((file) => [
    file,
    [...readFileSync(file, "utf8").matchAll(/^(?:import|export)\s+(type\s+)?[^;]*?\sfrom\s+"(\.[^"]+)"/gms)].flatMap(([, typeOnly, specifier]) => {
      const target = resolveImport(file, specifier!);
      return target ? [{ target, typeOnly: Boolean(typeOnly) }] : [];
    }),
  ]),
);

it("has no import cycle between modules", () => {
  const state = new Map<string, "visiting" | "done">();
  const cycles: string[] = [];
  const visit = (file: string, path: string[]) => {
    if (state.get(file) === "done") return;
    if (state.get(file) === "visiting") {
      cycles.push([...path.slice(path.indexOf(file)), file].map((entry) => relative(SRC, entry)).join(" -> "));
      return;
    }
    state.set(file, "visiting");
    for (const { target, typeOnly } of imports.get(file) ?? []) if (!typeOnly) visit(target, [...path, file]);
    state.set(file, "done");
  };
  for (const file of imports.keys()) visit(file, []);
  expect(cycles).toEqual([]);
});

it("has no two folders that import each other, other than a folder and its subfolder", () => {
  const folderOf = (file: string) => relative(SRC, dirname(file));
  const edges = new Map<string, Set<string>>();
  for (const [file, targets] of imports) {
    for (const { target } of targets) {
      const [from, to] = [folderOf(file), folderOf(target)];
      if (from !== to) edges.set(from, (edges.get(from) ?? new Set()).add(to));
    }
  }
  const nested = (outer: string, inner: string) => outer === "" || inner.startsWith(`${outer}/`);
  const mutual = [...edges].flatMap(([from, targets]) =>
    [...targets].filter((to) => from < to && edges.get(to)?.has(from) && !nested(from, to) && !nested(to, from)).map((to) => `${from} <-> ${to}`),
  );
  expect(edges.size).toBeGreaterThan(10);
  expect(mutual).toEqual([]);
});
