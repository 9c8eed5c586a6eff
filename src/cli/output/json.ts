import type { RunReport } from "./rows";

/** The one JSON document `--format json` prints. */
export const formatJson = (report: RunReport): string => `${JSON.stringify(report, null, 2)}\n`;
