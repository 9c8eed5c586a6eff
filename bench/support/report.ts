import { execSync } from "child_process";
import fs from "fs";
import os from "os";
import path from "path";

const RESULTS = path.join(__dirname, "..", "RESULTS.md");

const shell = (command: string): string => {
  try {
    return execSync(command, { encoding: "utf8" }).trim();
  } catch {
    return "n/a";
  }
};

/** The machine a figure was measured on: CPU, cores, memory, Node, load and date. */
export function machineLines(): string[] {
  const cpu = /model name\s*:\s*(.*)/.exec(
    fs.existsSync("/proc/cpuinfo") ? fs.readFileSync("/proc/cpuinfo", "utf8") : "",
  );
  return [
    `- CPU: ${cpu?.[1] ?? os.cpus()[0]?.model ?? "unknown"} (nproc ${shell("nproc")})`,
    `- Memory (free -h): ${shell('free -h | awk \'/^Mem:/ {print $2 " total, " $7 " available"}\'')}`,
    `- Node ${process.version}, ${os.platform()} ${os.release()}`,
    `- Load average when run: ${os
      .loadavg()
      .map((load) => load.toFixed(1))
      .join(", ")} (other work may share the machine)`,
    `- Date: ${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC`,
  ];
}

/**
 * Prints the machine and, with `--record`, writes the section `heading` of bench/RESULTS.md (how it
 * was run, the machine, the figures), keeping the other sections.
 */
export function report(heading: string, intro: readonly string[], figures: readonly string[]): void {
  const machine = machineLines();
  console.log("");
  for (const line of machine) console.log(line);
  if (!process.argv.includes("--record")) return;
  const section = [heading, "", ...intro, "", ...machine, "", ...figures, ""].join("\n");
  const existing = fs.existsSync(RESULTS) ? fs.readFileSync(RESULTS, "utf8") : "# Benchmark results\n";
  const start = existing.indexOf(heading);
  const next = start === -1 ? -1 : existing.indexOf("\n## ", start + heading.length);
  const updated =
    start === -1
      ? `${existing.trimEnd()}\n\n${section}`
      : `${existing.slice(0, start)}${section}${next === -1 ? "" : `\n${existing.slice(next + 1)}`}`;
  fs.writeFileSync(RESULTS, updated.endsWith("\n") ? updated : `${updated}\n`);
  console.log(`\nrecorded in ${path.relative(process.cwd(), RESULTS)}`);
}
