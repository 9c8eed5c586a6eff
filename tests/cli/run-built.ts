import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

export const ROOT = resolve(__dirname, "..", "..");
export const BIN = join(ROOT, "bin", "plancheck.js");
export const BUNDLE = join(ROOT, "dist", "cli", "plancheck.js");

/** Fails (never skips) when the command has not been built. */
export function requireBuiltCommand(): void {
  if (!existsSync(BUNDLE))
    throw new Error(`${BUNDLE} is missing: run \`npm run build\` first (\`npm test\` builds before running jest)`);
}

export interface Run {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the built `plancheck` as a user would, with a plain environment (no colour settings, English system). */
export function plancheck(args: readonly string[], env: Record<string, string> = {}, cwd = ROOT): Run {
  const base = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !/^(NO_COLOR|FORCE_COLOR|LANG|LC_ALL|LC_MESSAGES)$/.test(name)),
  );
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd,
    env: { ...base, LANG: "en_US.UTF-8", ...env },
    encoding: "utf8",
    timeout: 60_000,
  });
  if (result.error !== undefined) throw result.error;
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

export const tempDir = (prefix: string): string => mkdtempSync(join(tmpdir(), `plancheck-${prefix}-`));

export const sha256 = (path: string): string => createHash("sha256").update(readFileSync(path)).digest("hex");
