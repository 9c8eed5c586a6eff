/*
 * npm audit of the production dependencies: fails on a high or critical advisory. When the
 * registry's audit service cannot be reached (some mirrors and proxies refuse it with 405), it
 * says so plainly and does not pretend the check passed or failed.
 */
const { spawnSync } = require("child_process");

const run = spawnSync("npm", ["audit", "--omit=dev", "--json"], {
  encoding: "utf8",
  shell: process.platform === "win32",
});
let report;
try {
  report = JSON.parse(run.stdout);
} catch {
  report = undefined;
}

const counts = report?.metadata?.vulnerabilities;
if (counts === undefined) {
  const reason = report?.message ?? report?.error?.summary ?? (run.stderr || "no answer").trim().split("\n").pop();
  console.log(`npm audit: the audit service could not be reached from this machine (${reason}); not checked.`);
  process.exit(0);
}

const serious = (counts.high ?? 0) + (counts.critical ?? 0);
console.log(
  `npm audit (production dependencies): ${counts.critical ?? 0} critical, ${counts.high ?? 0} high, ` +
    `${counts.moderate ?? 0} moderate, ${counts.low ?? 0} low.`,
);
if (serious > 0) {
  for (const [name, advisory] of Object.entries(report.vulnerabilities ?? {})) {
    if (advisory.severity === "high" || advisory.severity === "critical")
      console.log(`  ${advisory.severity}: ${name}`);
  }
  process.exit(1);
}
