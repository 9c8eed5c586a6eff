/* Preloaded (node -r) by cli.bench.js into the processes it measures: reports their peak memory at exit. */
process.on("exit", () => {
  process.stderr.write(`\nplancheck-bench maxrss-kb=${process.resourceUsage().maxRSS}\n`);
});
