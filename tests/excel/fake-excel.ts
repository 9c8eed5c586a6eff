/**
 * A stand-in for Excel behind Office.js, enough for PlanCheck's adapter: an in-memory workbook whose
 * proxies behave like Office.js ones (properties readable only after `load` and `context.sync`), and
 * a request context that counts syncs, measures every request and refuses the ones Excel on the web
 * would refuse: a read above 5,000,000 cells, a request or response above 5 MB, a RangeAreas address
 * above 8,000 characters.
 */
import type { OfficeEnvironment } from "../../src/excel/office-env";
import { columnLetters } from "../../src/core/sheet/address";
import { parseRect } from "../../src/excel/areas";
import { EXCEL_LIMITS } from "../../src/excel/limits";

export const FAKE_LIMITS = EXCEL_LIMITS;

type Raw = string | number | boolean;
export interface FakeCell {
  value: Raw;
  /** "Error" for an error value (`value` holds "#DIV/0!"). */
  error?: boolean;
  numberFormat?: string;
  fill?: string;
  bold?: boolean;
}
export interface FakeConditionalFormat {
  id: string;
  type: string;
  formula: string | null;
  fill: string | null;
  address: string;
}
export interface FakeSheetModel {
  name: string;
  /** Sparse cells by "row,col" (0-based), or a generator for very large synthetic sheets. */
  cells: Map<string, FakeCell>;
  generated?: { rows: number; columns: number; cell: (row: number, col: number) => FakeCell };
  hiddenRows: Set<number>;
  hiddenColumns: Set<number>;
  merges: string[];
  conditionalFormats: FakeConditionalFormat[];
  notes: Map<string, string>;
  comments: Map<string, string>;
  customProperties: Map<string, string>;
  tables: string[];
  selection: string | null;
}

export function fakeSheet(name: string, rows: readonly (readonly (Raw | null | FakeCell)[])[] = []): FakeSheetModel {
  const cells = new Map<string, FakeCell>();
  rows.forEach((row, r) =>
    row.forEach((value, c) => {
      if (value === null) return;
      cells.set(`${r},${c}`, typeof value === "object" ? { ...value } : { value });
    }),
  );
  return {
    name,
    cells,
    hiddenRows: new Set(),
    hiddenColumns: new Set(),
    merges: [],
    conditionalFormats: [],
    notes: new Map(),
    comments: new Map(),
    customProperties: new Map(),
    tables: [],
    selection: null,
  };
}

export interface FakeRequest {
  /** Largest range read in the request, in cells. */
  readonly cells: number;
  /** Bytes of the request's loads and writes, as JSON. */
  readonly bytes: number;
  readonly operations: number;
}

class NotLoaded extends Error {
  constructor(property: string) {
    super(`PropertyNotLoaded: ${property} was read before load() and context.sync()`);
  }
}

export class FakeExcelError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(`${code}: ${message}`);
  }
}

interface PendingLoad {
  cells: number;
  resolve(): unknown;
}

/** The workbook and its bookkeeping; `context()` gives a request context over it. */
export class FakeExcel {
  readonly sheets: FakeSheetModel[];
  activeSheet: string;
  syncs = 0;
  readonly requests: FakeRequest[] = [];
  private pending: PendingLoad[] = [];
  private pendingWrites = 0;
  private pendingOps = 0;
  private failure: FakeExcelError | undefined;
  private nextId = 1;

  constructor(sheets: FakeSheetModel[]) {
    this.sheets = sheets;
    this.activeSheet = sheets[0]?.name ?? "";
  }

  context(): FakeContext {
    return new FakeContext(this);
  }

  /** An OfficeEnvironment over this workbook, with in-memory settings. */
  environment(options: { language?: string; sets?: Record<string, string> } = {}): OfficeEnvironment & {
    stored: Map<string, unknown>;
    saves: number;
  } {
    const stored = new Map<string, unknown>();
    const sets = options.sets ?? { ExcelApi: "1.18" };
    const env = {
      stored,
      saves: 0,
      run: <T>(batch: (context: Excel.RequestContext) => Promise<T>) =>
        batch(this.context() as unknown as Excel.RequestContext),
      settings: {
        get: (name: string) => stored.get(name) ?? null,
        set: (name: string, value: unknown) => void stored.set(name, value),
        save: async () => {
          env.saves += 1;
        },
      },
      displayLanguage: () => options.language ?? "en-US",
      isSetSupported: (name: string, version: string) => {
        const have = sets[name];
        return have !== undefined && Number(have.split(".")[1]) >= Number(version.split(".")[1]);
      },
    };
    return env;
  }

  sheet(name: string): FakeSheetModel {
    const sheet = this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
    if (sheet === undefined) throw new FakeExcelError("ItemNotFound", `no sheet ${name}`);
    return sheet;
  }

  newId(): string {
    return `{${this.nextId++}}`;
  }

  queueLoad(cells: number, resolve: () => unknown): void {
    if (cells > FAKE_LIMITS.readCells)
      this.fail(new FakeExcelError("ResponsePayloadSizeLimitExceeded", `a read of ${cells} cells`));
    this.pending.push({ cells, resolve });
  }

  /** Records a write (its JSON size); `apply` changes the model now, as the batch would at sync. */
  queueWrite(payload: unknown, apply: () => void): void {
    this.pendingWrites += byteLength(JSON.stringify(payload) ?? "");
    this.pendingOps += 1;
    if (this.failure === undefined) apply();
  }

  /** Remembers the first error of the batch; sync rejects with it, as Excel would. */
  fail(error: FakeExcelError): void {
    this.failure ??= error;
  }

  async sync(): Promise<void> {
    this.syncs += 1;
    const loads = this.pending;
    const failure = this.failure;
    this.pending = [];
    this.failure = undefined;
    let bytes = this.pendingWrites;
    const operations = this.pendingOps + loads.length;
    this.pendingWrites = 0;
    this.pendingOps = 0;
    if (failure !== undefined) throw failure;
    const resolved = loads.map((load) => load.resolve());
    for (const value of resolved) bytes += byteLength(JSON.stringify(value) ?? "");
    this.requests.push({ cells: Math.max(0, ...loads.map((load) => load.cells)), bytes, operations });
    if (bytes > FAKE_LIMITS.payloadBytes)
      throw new FakeExcelError("RequestPayloadSizeLimitExceeded", `a request of ${bytes} bytes`);
  }
}

const byteLength = (text: string): number => Buffer.byteLength(text, "utf8");

/** Base of every proxy: properties become readable after load + sync. */
class FakeProxy {
  protected readonly loaded = new Map<string, unknown>();
  constructor(protected readonly excel: FakeExcel) {}

  protected read<T>(property: string): T {
    if (!this.loaded.has(property)) throw new NotLoaded(property);
    return this.loaded.get(property) as T;
  }

  protected queue(properties: readonly string[], compute: (property: string) => unknown, cells = 0): void {
    this.excel.queueLoad(cells, () => {
      const data: Record<string, unknown> = {};
      for (const property of properties) {
        data[property] = compute(property);
        this.loaded.set(property, data[property]);
      }
      return data;
    });
  }
}

const splitProps = (props: string | string[] | undefined): string[] =>
  (Array.isArray(props) ? props : (props ?? "").split(",")).map((p) => p.trim()).filter((p) => p !== "");

export class FakeContext {
  readonly workbook: { worksheets: FakeWorksheets };
  constructor(private readonly excel: FakeExcel) {
    this.workbook = { worksheets: new FakeWorksheets(excel) };
  }
  sync(): Promise<void> {
    return this.excel.sync();
  }
}

class FakeWorksheets extends FakeProxy {
  private listed: FakeWorksheet[] = [];
  getActiveWorksheet(): FakeWorksheet {
    return new FakeWorksheet(this.excel, () => this.excel.sheet(this.excel.activeSheet));
  }
  getItem(name: string): FakeWorksheet {
    if (!this.excel.sheets.some((s) => s.name.toLowerCase() === name.toLowerCase()))
      this.excel.fail(new FakeExcelError("ItemNotFound", `no sheet ${name}`));
    return new FakeWorksheet(this.excel, () => this.excel.sheet(name));
  }
  add(name: string): FakeWorksheet {
    this.excel.queueWrite({ add: name }, () => {
      if (this.excel.sheets.some((s) => s.name.toLowerCase() === name.toLowerCase()))
        this.excel.fail(new FakeExcelError("ItemAlreadyExists", `a sheet ${name} exists`));
      else this.excel.sheets.push(fakeSheet(name));
    });
    return new FakeWorksheet(this.excel, () => this.excel.sheet(name));
  }
  load(props?: string): this {
    const wanted = splitProps(props);
    this.excel.queueLoad(0, () => {
      this.listed = this.excel.sheets.map((model) => {
        const sheet = new FakeWorksheet(this.excel, () => model);
        sheet.preload(model);
        return sheet;
      });
      this.loaded.set("items", this.listed);
      return this.excel.sheets.map((s) => (wanted.length > 0 ? { name: s.name } : s.name));
    });
    return this;
  }
  get items(): FakeWorksheet[] {
    return this.read("items");
  }
}

class FakeWorksheet extends FakeProxy {
  constructor(
    excel: FakeExcel,
    private readonly model: () => FakeSheetModel,
  ) {
    super(excel);
  }
  preload(model: FakeSheetModel): void {
    this.loaded.set("name", model.name);
  }
  get name(): string {
    return this.read("name");
  }
  load(props?: string): this {
    this.queue(splitProps(props), () => this.model().name);
    return this;
  }
  get notes(): FakeNotes {
    return new FakeNotes(this.excel, this.model);
  }
  get comments(): FakeComments {
    return new FakeComments(this.excel, this.model);
  }
  get customProperties(): FakeCustomProperties {
    return new FakeCustomProperties(this.excel, this.model);
  }
  get tables(): { add(address: string, hasHeaders: boolean): { getRange(): FakeRange } } {
    return {
      add: (address: string) => {
        this.excel.queueWrite({ table: address }, () => this.model().tables.push(address));
        const rect = parseRect(address) ?? { row: 0, col: 0, rowCount: 1, colCount: 1 };
        return { getRange: () => new FakeRange(this.excel, this.model, rect) };
      },
    };
  }
  activate(): void {
    this.excel.queueWrite({ activate: true }, () => (this.excel.activeSheet = this.model().name));
  }
  delete(): void {
    this.excel.queueWrite({ delete: true }, () => {
      const model = this.model();
      this.excel.sheets.splice(this.excel.sheets.indexOf(model), 1);
    });
  }
  getRange(address?: string): FakeRange {
    if (address === undefined)
      return new FakeRange(this.excel, this.model, { row: 0, col: 0, rowCount: 1048576, colCount: 16384 });
    const rect = parseRect(address);
    if (rect === undefined) throw new FakeExcelError("InvalidArgument", address);
    return new FakeRange(this.excel, this.model, rect);
  }
  getRangeByIndexes(row: number, col: number, rowCount: number, colCount: number): FakeRange {
    return new FakeRange(this.excel, this.model, { row, col, rowCount, colCount });
  }
  getRanges(address: string): FakeRangeAreas {
    if (address.length > FAKE_LIMITS.areasAddressChars)
      this.excel.fail(new FakeExcelError("InvalidArgument", `a RangeAreas address of ${address.length} characters`));
    return new FakeRangeAreas(this.excel, this.model, address);
  }
  getUsedRange(valuesOnly?: boolean): FakeRange {
    const model = this.model();
    if (!valuesOnly) throw new Error("the adapter reads the used range of values only");
    if (model.generated !== undefined)
      return new FakeRange(this.excel, this.model, {
        row: 0,
        col: 0,
        rowCount: model.generated.rows,
        colCount: model.generated.columns,
      });
    const keys = [...model.cells.keys()].map((key) => key.split(",").map(Number) as [number, number]);
    if (keys.length === 0) return new FakeRange(this.excel, this.model, { row: 0, col: 0, rowCount: 1, colCount: 1 });
    const rows = keys.map(([r]) => r);
    const cols = keys.map(([, c]) => c);
    const row = Math.min(...rows);
    const col = Math.min(...cols);
    return new FakeRange(this.excel, this.model, {
      row,
      col,
      rowCount: Math.max(...rows) - row + 1,
      colCount: Math.max(...cols) - col + 1,
    });
  }
}

interface Rect {
  row: number;
  col: number;
  rowCount: number;
  colCount: number;
}

const cellOf = (model: FakeSheetModel, row: number, col: number): FakeCell | undefined =>
  model.generated !== undefined
    ? row < model.generated.rows && col < model.generated.columns
      ? model.generated.cell(row, col)
      : undefined
    : model.cells.get(`${row},${col}`);

const rectText = (r: Rect): string =>
  r.rowCount === 1 && r.colCount === 1
    ? `${columnLetters(r.col)}${r.row + 1}`
    : `${columnLetters(r.col)}${r.row + 1}:${columnLetters(r.col + r.colCount - 1)}${r.row + r.rowCount}`;

const overlaps = (a: Rect, b: Rect): boolean =>
  a.row < b.row + b.rowCount && b.row < a.row + a.rowCount && a.col < b.col + b.colCount && b.col < a.col + a.colCount;

class FakeRange extends FakeProxy {
  constructor(
    excel: FakeExcel,
    private readonly model: () => FakeSheetModel,
    readonly rect: Rect,
  ) {
    super(excel);
  }

  load(props?: string): this {
    const wanted = splitProps(props);
    const cellProps = ["values", "valueTypes", "numberFormat"];
    const reads = wanted.some((p) => cellProps.includes(p));
    this.queue(wanted, (p) => this.compute(p), reads ? this.rect.rowCount * this.rect.colCount : 0);
    return this;
  }

  private grid<T>(f: (cell: FakeCell | undefined) => T): T[][] {
    const model = this.model();
    return Array.from({ length: this.rect.rowCount }, (_, i) =>
      Array.from({ length: this.rect.colCount }, (_, j) => f(cellOf(model, this.rect.row + i, this.rect.col + j))),
    );
  }

  private compute(property: string): unknown {
    switch (property) {
      case "values":
        return this.grid((cell) => cell?.value ?? "");
      case "valueTypes":
        return this.grid((cell) =>
          cell === undefined || cell.value === ""
            ? "Empty"
            : cell.error
              ? "Error"
              : typeof cell.value === "number"
                ? "Double"
                : typeof cell.value === "boolean"
                  ? "Boolean"
                  : "String",
        );
      case "numberFormat":
        return this.grid((cell) => cell?.numberFormat ?? "General");
      case "address":
        return `${this.model().name}!${rectText(this.rect)}`;
      case "rowIndex":
        return this.rect.row;
      case "columnIndex":
        return this.rect.col;
      case "rowCount":
        return this.rect.rowCount;
      case "columnCount":
        return this.rect.colCount;
      default:
        throw new Error(`the stand-in does not load ${property}`);
    }
  }

  get values(): Raw[][] {
    return this.read("values");
  }
  set values(values: (string | number)[][]) {
    this.excel.queueWrite(values, () => {
      const model = this.model();
      values.forEach((row, i) =>
        row.forEach((value, j) => {
          const key = `${this.rect.row + i},${this.rect.col + j}`;
          const text = typeof value === "string" && value.startsWith("'") ? value.slice(1) : value;
          if (typeof value === "string" && /^=/.test(value)) throw new Error(`a formula was written: ${value}`);
          model.cells.set(key, { ...(model.cells.get(key) ?? {}), value: text });
        }),
      );
    });
  }
  get valueTypes(): string[][] {
    return this.read("valueTypes");
  }
  get numberFormat(): string[][] {
    return this.read("numberFormat");
  }
  get address(): string {
    return this.read("address");
  }
  get rowIndex(): number {
    return this.read("rowIndex");
  }
  get columnIndex(): number {
    return this.read("columnIndex");
  }
  get rowCount(): number {
    return this.read("rowCount");
  }
  get columnCount(): number {
    return this.read("columnCount");
  }

  get format(): { font: { bold: boolean; size: number }; autofitColumns(): void } {
    const write = (patch: Partial<FakeCell>) =>
      this.excel.queueWrite(patch, () => {
        const model = this.model();
        const key = `${this.rect.row},${this.rect.col}`;
        model.cells.set(key, { value: "", ...(model.cells.get(key) ?? {}), ...patch });
      });
    return {
      font: {
        set bold(bold: boolean) {
          write({ bold });
        },
        set size(_size: number) {
          write({});
        },
      } as { bold: boolean; size: number },
      autofitColumns: () => this.excel.queueWrite({ autofit: true }, () => undefined),
    };
  }

  getAbsoluteResizedRange(rows: number, columns: number): FakeRange {
    if (this.rect.row + rows > 1_048_576 || this.rect.col + columns > 16_384)
      this.excel.fail(new FakeExcelError("InvalidArgument", "the range runs past the sheet's edge"));
    return new FakeRange(this.excel, this.model, { ...this.rect, rowCount: rows, colCount: columns });
  }
  getIntersection(other: FakeRange): FakeRange {
    const row = Math.max(this.rect.row, other.rect.row);
    const col = Math.max(this.rect.col, other.rect.col);
    const rowEnd = Math.min(this.rect.row + this.rect.rowCount, other.rect.row + other.rect.rowCount);
    const colEnd = Math.min(this.rect.col + this.rect.colCount, other.rect.col + other.rect.colCount);
    if (rowEnd <= row || colEnd <= col) this.excel.fail(new FakeExcelError("InvalidArgument", "no intersection"));
    return new FakeRange(this.excel, this.model, { row, col, rowCount: rowEnd - row, colCount: colEnd - col });
  }
  getColumn(index: number): FakeRange {
    return new FakeRange(this.excel, this.model, { ...this.rect, col: this.rect.col + index, colCount: 1 });
  }
  getRow(index: number): FakeRange {
    return new FakeRange(this.excel, this.model, { ...this.rect, row: this.rect.row + index, rowCount: 1 });
  }
  getRowProperties(options: { rowIndex?: boolean; rowHidden?: boolean }): { value: Excel.RowProperties[] } {
    const result: { value: Excel.RowProperties[] } = {
      get value(): Excel.RowProperties[] {
        throw new NotLoaded("getRowProperties().value");
      },
    };
    this.excel.queueLoad(this.rect.rowCount, () => {
      const rows = Array.from({ length: this.rect.rowCount }, (_, i) => ({
        ...(options.rowIndex ? { rowIndex: this.rect.row + i } : {}),
        ...(options.rowHidden ? { rowHidden: this.model().hiddenRows.has(this.rect.row + i) } : {}),
      }));
      Object.defineProperty(result, "value", { value: rows });
      return rows;
    });
    return result;
  }
  getColumnProperties(options: { columnIndex?: boolean; columnHidden?: boolean }): { value: Excel.ColumnProperties[] } {
    const result: { value: Excel.ColumnProperties[] } = {
      get value(): Excel.ColumnProperties[] {
        throw new NotLoaded("getColumnProperties().value");
      },
    };
    this.excel.queueLoad(this.rect.colCount, () => {
      const columns = Array.from({ length: this.rect.colCount }, (_, j) => ({
        ...(options.columnIndex ? { columnIndex: this.rect.col + j } : {}),
        ...(options.columnHidden ? { columnHidden: this.model().hiddenColumns.has(this.rect.col + j) } : {}),
      }));
      Object.defineProperty(result, "value", { value: columns });
      return columns;
    });
    return result;
  }
  getMergedAreasOrNullObject(): FakeMergedAreas {
    return new FakeMergedAreas(this.excel, this.model, this.rect);
  }
  get conditionalFormats(): FakeConditionalFormats {
    return new FakeConditionalFormats(this.excel, this.model, this.rect);
  }
  select(): void {
    this.excel.queueWrite({ select: rectText(this.rect) }, () => (this.model().selection = rectText(this.rect)));
  }
}

class FakeMergedAreas extends FakeProxy {
  constructor(
    excel: FakeExcel,
    private readonly model: () => FakeSheetModel,
    private readonly rect: Rect,
  ) {
    super(excel);
  }
  load(props?: string): this {
    this.queue(["isNullObject", ...splitProps(props)], (p) => {
      const areas = this.model().merges.filter((m) => overlaps(parseRect(m) ?? this.rect, this.rect));
      if (p === "isNullObject") return areas.length === 0;
      return areas.length === 0 ? "" : areas.map((a) => `${this.model().name}!${a}`).join(",");
    });
    return this;
  }
  get isNullObject(): boolean {
    return this.read("isNullObject");
  }
  get address(): string {
    return this.read("address");
  }
}

class FakeRangeAreas {
  constructor(
    private readonly excel: FakeExcel,
    private readonly model: () => FakeSheetModel,
    private readonly address: string,
  ) {}
  get conditionalFormats(): { add(type: string): FakeConditionalFormat & { custom: FakeCustom } } {
    return {
      add: (type: string) => {
        const format: FakeConditionalFormat = {
          id: this.excel.newId(),
          type,
          formula: null,
          fill: null,
          address: this.address,
        };
        this.excel.queueWrite({ add: type, address: this.address }, () => this.model().conditionalFormats.push(format));
        const excel = this.excel;
        const custom = {
          rule: {
            set formula(formula: string) {
              excel.queueWrite(formula, () => (format.formula = formula));
            },
          },
          format: {
            fill: {
              set color(color: string) {
                excel.queueWrite(color, () => (format.fill = color));
              },
            },
          },
        } as FakeCustom;
        return Object.assign(format, { custom });
      },
    };
  }
}
interface FakeCustom {
  rule: { formula: string };
  format: { fill: { color: string } };
}

class FakeConditionalFormats extends FakeProxy {
  constructor(
    excel: FakeExcel,
    private readonly model: () => FakeSheetModel,
    private readonly rect: Rect,
  ) {
    super(excel);
  }
  load(props?: string): this {
    const wanted = splitProps(props);
    this.excel.queueLoad(0, () => {
      const model = this.model();
      const formats = model.conditionalFormats.filter((cf) =>
        cf.address.split(",").some((a) => overlaps(parseRect(a) ?? this.rect, this.rect)),
      );
      const items = formats.map((cf) => ({
        type: cf.type,
        customOrNullObject:
          cf.type === "Custom"
            ? { isNullObject: false, rule: { formula: cf.formula ?? "" } }
            : { isNullObject: true, rule: {} },
        delete: () =>
          this.excel.queueWrite({ delete: cf.id }, () =>
            model.conditionalFormats.splice(model.conditionalFormats.indexOf(cf), 1),
          ),
      }));
      this.loaded.set("items", items);
      return items.map((item) => ({
        type: wanted.length > 0 ? item.type : undefined,
        custom: item.customOrNullObject,
      }));
    });
    return this;
  }
  get items(): unknown[] {
    return this.read("items");
  }
}

class FakeNotes extends FakeProxy {
  constructor(
    excel: FakeExcel,
    private readonly model: () => FakeSheetModel,
  ) {
    super(excel);
  }
  load(): this {
    this.excel.queueLoad(0, () => {
      const model = this.model();
      const items = [...model.notes.entries()].map(([address, content]) => ({
        content,
        delete: () => this.excel.queueWrite({ deleteNote: address }, () => model.notes.delete(address)),
      }));
      this.loaded.set("items", items);
      return items.map((item) => item.content);
    });
    return this;
  }
  get items(): { content: string; delete(): void }[] {
    return this.read("items");
  }
  getItemOrNullObject(address: string): { load(p?: string): unknown; isNullObject: boolean; content: string } {
    const note = new FakeNote(this.excel, this.model, address.toUpperCase());
    return note;
  }
  add(address: string, content: string): void {
    this.excel.queueWrite({ address, content }, () => {
      const model = this.model();
      if (model.notes.has(address.toUpperCase()) || model.comments.has(address.toUpperCase()))
        this.excel.fail(new FakeExcelError("InvalidOperation", `${address} already has a note or comment`));
      else model.notes.set(address.toUpperCase(), content);
    });
  }
}

class FakeNote extends FakeProxy {
  constructor(
    excel: FakeExcel,
    private readonly model: () => FakeSheetModel,
    private readonly address: string,
  ) {
    super(excel);
  }
  load(): this {
    this.queue(["isNullObject", "content"], (p) => {
      const content = this.model().notes.get(this.address);
      return p === "isNullObject" ? content === undefined : (content ?? "");
    });
    return this;
  }
  get isNullObject(): boolean {
    return this.read("isNullObject");
  }
  get content(): string {
    return this.read("content");
  }
}

class FakeComments extends FakeProxy {
  constructor(
    excel: FakeExcel,
    private readonly model: () => FakeSheetModel,
  ) {
    super(excel);
  }
  load(): this {
    this.excel.queueLoad(0, () => {
      const items = [...this.model().comments.keys()].map((address) => ({
        id: address,
        getLocation: () => {
          const rect = parseRect(address) ?? { row: 0, col: 0, rowCount: 1, colCount: 1 };
          return new FakeRange(this.excel, this.model, rect);
        },
      }));
      this.loaded.set("items", items);
      return items.map((item) => item.id);
    });
    return this;
  }
  get items(): unknown[] {
    return this.read("items");
  }
}

class FakeCustomProperties {
  constructor(
    private readonly excel: FakeExcel,
    private readonly model: () => FakeSheetModel,
  ) {}
  add(key: string, value: string): void {
    this.excel.queueWrite({ key, value }, () => this.model().customProperties.set(key, value));
  }
  getItemOrNullObject(key: string): { load(): unknown; isNullObject: boolean; value: string } {
    const excel = this.excel;
    const model = this.model;
    const item = new (class extends FakeProxy {
      load(): this {
        this.queue(["isNullObject", "value"], (p) => {
          const value = model().customProperties.get(key);
          return p === "isNullObject" ? value === undefined : (value ?? "");
        });
        return this;
      }
      get isNullObject(): boolean {
        return this.read("isNullObject");
      }
      get value(): string {
        return this.read("value");
      }
    })(excel);
    return item;
  }
}

/** Everything a user could see of a sheet: values, formats, fills, notes, rules. For before/after comparisons. */
export function visibleState(sheet: FakeSheetModel): unknown {
  return {
    cells: [...sheet.cells.entries()].sort(),
    conditionalFormats: sheet.conditionalFormats.map(({ type, formula, fill, address }) => ({
      type,
      formula,
      fill,
      address,
    })),
    notes: [...sheet.notes.entries()].sort(),
    comments: [...sheet.comments.entries()].sort(),
    merges: [...sheet.merges],
    hiddenRows: [...sheet.hiddenRows],
    hiddenColumns: [...sheet.hiddenColumns],
  };
}
