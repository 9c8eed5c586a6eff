import "../jitless";
import { runCli } from "./cli";

/** Entry point of the bundled command: `bin/plancheck.js` calls it with the process's arguments. */
export async function main(argv: readonly string[] = process.argv.slice(2)): Promise<number> {
  let status: number;
  try {
    status = await runCli(argv, {
      stdout: process.stdout,
      stderr: process.stderr,
      env: process.env,
      now: () => new Date(),
    });
  } catch (error) {
    // A bug, not bad input: one line, the stack only when asked for.
    const detail = process.env.PLANCHECK_DEBUG ? (error as Error).stack : (error as Error).message;
    process.stderr.write(`plancheck: internal error, please report it: ${detail ?? String(error)}\n`);
    status = 2;
  }
  process.exitCode = status;
  return status;
}
