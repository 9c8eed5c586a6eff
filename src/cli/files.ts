import { existsSync, readdirSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";

const hasWildcard = (text: string) => /[*?]/.test(text);

const wildcardPattern = (glob: string) =>
  new RegExp(
    `^${glob
      .split("")
      .map((char) => (char === "*" ? ".*" : char === "?" ? "." : char.replace(/[.+^${}()|[\]\\]/g, "\\$&")))
      .join("")}$`,
    "i",
  );

/**
 * Expands `*` and `?` in file names the shell left alone (Windows' cmd and PowerShell do not
 * expand them): `samples/*.xlsx` becomes the matching files, sorted. A pattern that matches
 * nothing is kept as given, so it is reported as not found.
 */
export function expandWildcards(args: readonly string[]): string[] {
  return args.flatMap((arg) => {
    const name = basename(arg);
    const folder = dirname(arg);
    if (!hasWildcard(name) || hasWildcard(folder) || existsSync(arg)) return [arg];
    let entries: string[];
    try {
      entries = readdirSync(folder);
    } catch {
      return [arg];
    }
    const pattern = wildcardPattern(name);
    const matches = entries
      .filter((entry) => pattern.test(entry) && !entry.startsWith("~$"))
      .sort()
      .map((entry) => (folder === "." && !arg.startsWith(".") ? entry : join(folder, entry)));
    return matches.length > 0 ? matches : [arg];
  });
}

/**
 * Where each input's highlighted copy goes: `<dir>/<name>`, with ` (2)`, ` (3)`… when two inputs
 * share a name. Undefined where the copy would overwrite one of the inputs.
 */
export function copyPaths(files: readonly string[], outDir: string): Map<string, string | undefined> {
  const inputs = new Set(files.map((file) => resolve(file)));
  const used = new Set<string>();
  const paths = new Map<string, string | undefined>();
  for (const file of files) {
    if (paths.has(file)) continue;
    const name = basename(file);
    const dot = name.lastIndexOf(".");
    const [stem, ext] = dot > 0 ? [name.slice(0, dot), name.slice(dot)] : [name, ""];
    let candidate = join(outDir, name);
    for (let n = 2; used.has(resolve(candidate)); n += 1) candidate = join(outDir, `${stem} (${n})${ext}`);
    used.add(resolve(candidate));
    paths.set(file, inputs.has(resolve(candidate)) ? undefined : candidate);
  }
  return paths;
}
