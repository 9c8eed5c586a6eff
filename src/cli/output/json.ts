import { JsonBytes } from "./jsonBytes";
import type { FindingRow, RunReport, RunSummary } from "./rows";

const indent = (text: string, spaces: string) => text.replace(/\n/g, `\n${spaces}`);
const json = JSON.stringify;
const encoded = (text: string): Uint8Array => Buffer.from(text, "utf8");

/** The inner map kept under `key`, made when first asked for. */
function within<K, Inner extends Map<unknown, unknown>>(outer: Map<K, Inner>, key: K): Inner {
  let inner = outer.get(key);
  if (inner === undefined) {
    inner = new Map() as Inner;
    outer.set(key, inner);
  }
  return inner;
}

/** The JSON text of a row's pieces that repeat from one finding to the next, encoded once. */
class RowPieces {
  private file: string | undefined;
  private sheet: string | undefined;
  private heads = [encoded(""), encoded("")];
  private district: string | null | undefined;
  private place = encoded("");
  private readonly kinds = new Map<string | null, Map<string, Map<string, Uint8Array>>>();
  private readonly targets = new Map<number | null, Map<string | null, Uint8Array>>();

  /** The line break before a finding (with its comma after the first), then `{"file":…,"sheet":…,"cell":` */
  start(row: FindingRow, first: boolean): Uint8Array {
    if (row.file !== this.file || row.sheet !== this.sheet) {
      this.file = row.file;
      this.sheet = row.sheet;
      const head = `{"file":${json(row.file)},"sheet":${json(row.sheet)},"cell":`;
      this.heads = [encoded(`,\n    ${head}`), encoded(`\n    ${head}`)];
    }
    return this.heads[first ? 1 : 0] as Uint8Array;
  }

  /** `,"district":…` */
  districtOf(row: FindingRow): Uint8Array {
    if (row.district !== this.district) {
      this.district = row.district;
      this.place = encoded(`,"district":${json(row.district)}`);
    }
    return this.place;
  }

  /** `,"indicator":…,"status":…,"rule":…,"value":` */
  kindOf(row: FindingRow): Uint8Array {
    const byStatus = within(this.kinds, row.indicator);
    const byRule = within(byStatus, row.status);
    let piece = byRule.get(row.rule);
    if (piece === undefined) {
      piece = encoded(
        `,"indicator":${json(row.indicator)},"status":${json(row.status)},"rule":${json(row.rule)},"value":`,
      );
      byRule.set(row.rule, piece);
    }
    return piece;
  }

  /** `,"target":…,"comparator":…,"gap":` */
  targetOf(row: FindingRow): Uint8Array {
    const byComparator = within(this.targets, row.target);
    let piece = byComparator.get(row.comparator);
    if (piece === undefined) {
      piece = encoded(`,"target":${json(row.target)},"comparator":${json(row.comparator)},"gap":`);
      byComparator.set(row.comparator, piece);
    }
    return piece;
  }
}

const MESSAGE = encoded(',"message":');
const CLOSE = encoded("}");

/**
 * Writes the one JSON document `--format json` prints, as UTF-8 blocks handed to `emit`, so that
 * a large run is never held as one string. It is laid out for people and line tools alike: one
 * finding per line, exactly `JSON.stringify(row)` (`grep` finds whole findings), the rest indented
 * as `JSON.stringify(…, null, 2)` would. The parts of a line that repeat are encoded once.
 */
export function writeJson(
  head: Pick<RunReport, "plan" | "year">,
  rows: Iterable<FindingRow>,
  summary: RunSummary,
  emit: (bytes: Uint8Array) => void,
  blockBytes?: number,
): void {
  const out = new JsonBytes(emit, blockBytes);
  out.text(`{\n  "plan": ${json(head.plan)},\n  "year": ${json(head.year)},\n  "findings": [`);
  const pieces = new RowPieces();
  let first = true;
  for (const row of rows) {
    out.bytes(pieces.start(row, first));
    first = false;
    out.string(row.cell);
    out.bytes(pieces.districtOf(row));
    out.bytes(pieces.kindOf(row));
    out.number(row.value);
    out.bytes(pieces.targetOf(row));
    out.number(row.gap);
    out.bytes(MESSAGE);
    out.string(row.message);
    out.bytes(CLOSE);
  }
  out.text(`${first ? "" : "\n  "}],\n  "summary": ${indent(json(summary, null, 2), "  ")}\n}\n`);
  out.end();
}

/** The whole document as one string (small runs, tests). */
export function formatJson(report: RunReport): string {
  const blocks: Uint8Array[] = [];
  writeJson(report, report.findings, report.summary, (bytes) => blocks.push(bytes));
  return Buffer.concat(blocks).toString("utf8");
}
