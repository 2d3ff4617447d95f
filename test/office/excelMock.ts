/**
 * A mocked Excel workbook for the Office.js layer, built on office-addin-mock: ranges,
 * worksheets and conditional formats are OfficeMockObjects, so a property read before
 * load() + context.sync() gives the mock's "not loaded" error instead of data.
 *
 * On top of the mock, this fake keeps the cells of each sheet, counts context.sync()
 * round trips and estimates each round trip's request and response size from the values
 * written and loaded (JSON, UTF-8). Like Excel on the web it refuses a round trip over
 * 5 MB with a "ResponsePayloadSizeLimitExceeded" / "RequestPayloadSizeLimitExceeded" error.
 * Borders (range.format.borders.getItem) and the page layout (worksheet.pageLayout) are
 * recorded as they are set and take effect, as writes, at the next round trip.
 */
import { OfficeMockObject } from "office-addin-mock";
import { cellAddress, parseAddress } from "../../src/core/sheet/address";
import { PAYLOAD_LIMIT_BYTES, jsonBytes } from "../../src/core/sheet/blocks";

type Cell = string | number | boolean;

export interface MockCf {
  id: number;
  sheet: string;
  areas: string;
  type: string;
  formula?: string;
  fill?: string;
  font?: string;
  deleted: boolean;
}

export interface MockSheet {
  name: string;
  cells: Cell[][];
  formulas: Map<string, string>;
  visibility: "Visible" | "Hidden" | "VeryHidden";
  /** Whether the add-in created it (inserted sheets). */
  created: boolean;
  frozenRows?: number;
  /** Borders set through range.format.borders, in the order set. */
  borders: MockBorder[];
  /** What was set through worksheet.pageLayout (empty when nothing was). */
  pageLayout: MockPageLayout;
}

export interface MockBorder {
  /** A1 address of the range. */
  address: string;
  edge: string;
  style?: string;
  weight?: string;
  color?: string;
}

export interface MockPageLayout {
  paperSize?: string;
  orientation?: string;
  zoom?: { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number };
  centerHorizontally?: boolean;
  margins?: { unit: string; options: Record<string, number> };
  printTitleRows?: string;
  headerFooterState?: string;
  centerHeader?: string;
  centerFooter?: string;
}

export interface Write {
  sheet: string;
  /** A1 address of the range written to. */
  address: string;
  property: string;
  value: unknown;
}

export interface RoundTrip {
  requestBytes: number;
  responseBytes: number;
}

interface Watched {
  sheet: MockSheet;
  address: string;
  r0: number;
  c0: number;
  target: () => Record<string, unknown>;
  path: string;
  last: unknown;
}

const WATCHED_PATHS = [
  "values",
  "formulas",
  "numberFormat",
  "format.fill.color",
  "format.font.bold",
  "format.font.color",
  "format.horizontalAlignment",
  "format.columnWidth",
  "dataValidation.rule",
  "dataValidation.errorAlert",
];

function get(obj: Record<string, unknown>, path: string): unknown {
  let o: unknown = obj;
  for (const p of path.split(".")) o = (o as Record<string, unknown>)?.[p];
  return o;
}

function rangeAddress(r0: number, c0: number, rows: number, cols: number): string {
  const a = cellAddress(r0, c0);
  return rows === 1 && cols === 1 ? a : `${a}:${cellAddress(r0 + rows - 1, c0 + cols - 1)}`;
}

function parseRange(address: string): { r0: number; c0: number; rows: number; cols: number } {
  const [a, b] = address.split(":");
  const p = parseAddress(a);
  const q = parseAddress(b ?? a);
  if (!p || !q) throw new Error(`mock: bad address ${address}`);
  return { r0: p.row, c0: p.col, rows: q.row - p.row + 1, cols: q.col - p.col + 1 };
}

export class MockExcel {
  sheets: MockSheet[] = [];
  activeSheet: string;
  selection: { sheet: string; address: string } | null = null;
  cfs: MockCf[] = [];
  writes: Write[] = [];
  roundTrips: RoundTrip[] = [];
  /** Set to fail the next round trips with a payload error above this many bytes (default 5 MB). */
  limit = PAYLOAD_LIMIT_BYTES;
  context: Excel.RequestContext;

  private watched: Watched[] = [];
  private pendingLoads: { bytes: () => number; sync: () => Promise<void> }[] = [];
  private pendingCollections: { synced: boolean }[] = [];
  /** Borders and page layout set since the last round trip: applied and recorded by sync(). */
  private pendingSets: { write: Write; apply: () => void }[] = [];
  private sheetMocks = new Map<string, OfficeMockObject>();
  private nextCf = 1;

  constructor(
    sheets: { name: string; cells: Cell[][]; visibility?: MockSheet["visibility"] }[],
    active?: string
  ) {
    for (const s of sheets)
      this.sheets.push({
        name: s.name,
        cells: s.cells,
        formulas: new Map(),
        visibility: s.visibility ?? "Visible",
        created: false,
        borders: [],
        pageLayout: {},
      });
    this.activeSheet = active ?? sheets[0].name;
    const self = this;
    const worksheets = {
      _state: { synced: false },
      load() {
        self.pendingCollections.push(this._state);
        this._state.synced = false;
        for (const s of self.sheets) self.sheetMock(s).load("name,visibility");
        return this;
      },
      get items() {
        if (!this._state.synced) throw new Error("mock: worksheets.items read before load + sync");
        return self.sheets.map((s) => self.sheetMock(s));
      },
      getItem(name: string) {
        const s = self.sheet(name);
        return self.sheetMock(s);
      },
      getActiveWorksheet() {
        return self.sheetMock(self.sheet(self.activeSheet));
      },
      add(name: string) {
        if (self.sheets.some((s) => s.name.toLowerCase() === name.toLowerCase()))
          throw new Error(`mock: sheet ${name} exists`);
        const s: MockSheet = {
          name,
          cells: [],
          formulas: new Map(),
          visibility: "Visible",
          created: true,
          borders: [],
          pageLayout: {},
        };
        self.sheets.push(s);
        return self.sheetMock(s);
      },
    };
    this.context = {
      workbook: { worksheets },
      sync: () => self.sync(),
    } as unknown as Excel.RequestContext;
  }

  run = async <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> =>
    batch(this.context);

  get syncCount(): number {
    return this.roundTrips.length;
  }

  sheet(name: string): MockSheet {
    const s = this.sheets.find((x) => x.name === name);
    if (!s) throw new Error(`mock: no sheet ${name}`);
    return s;
  }

  liveCfs(sheet?: string): MockCf[] {
    return this.cfs.filter((c) => !c.deleted && (!sheet || c.sheet === sheet));
  }

  /** A user's own conditional format, to check that ours are removed and theirs stay. */
  addUserCf(sheet: string, areas: string, formula: string): void {
    this.cfs.push({
      id: this.nextCf++,
      sheet,
      areas,
      type: "Custom",
      formula,
      fill: "#00FF00",
      deleted: false,
    });
  }

  /** Makes a mock's load() register it for the next context.sync(), with the response size it adds. */
  private track<T>(mock: T, bytes: (props: string) => number = () => 64): T {
    const m = mock as unknown as { load(p: string): unknown; sync(): Promise<void> };
    const orig = m.load.bind(m);
    m.load = (p: string) => {
      orig(p);
      this.pendingLoads.push({ bytes: () => bytes(p), sync: () => m.sync() });
      return m;
    };
    return mock;
  }

  private sheetMock(s: MockSheet): Excel.Worksheet {
    let m = this.sheetMocks.get(s.name);
    if (!m) {
      const self = this;
      m = new OfficeMockObject({
        name: s.name,
        visibility: s.visibility,
        activate: () => {
          self.activeSheet = s.name;
        },
        getRange: (address?: string) => self.range(s, address),
        getRangeByIndexes: (r: number, c: number, rows: number, cols: number) =>
          self.range(s, rangeAddress(r, c, rows, cols)),
        getRanges: (addresses: string) => ({ conditionalFormats: self.cfCollection(s, addresses) }),
        getUsedRangeOrNullObject: () => self.usedRange(s),
        notes: {
          add: (address: string, content: string) => {
            self.writes.push({ sheet: s.name, address, property: "note", value: content });
          },
        },
        freezePanes: {
          freezeRows: (n: number) => {
            s.frozenRows = n;
            self.writes.push({
              sheet: s.name,
              address: "freeze",
              property: "freezeRows",
              value: n,
            });
          },
        },
      });
      (m as unknown as { pageLayout: unknown }).pageLayout = this.pageLayout(s);
      this.track(m);
      this.sheetMocks.set(s.name, m);
    }
    return m as unknown as Excel.Worksheet;
  }

  /** Queues a property set for the next round trip, as Office.js does. */
  private queueSet(
    sheet: MockSheet,
    address: string,
    property: string,
    value: unknown,
    apply: () => void
  ): void {
    this.pendingSets.push({ write: { sheet: sheet.name, address, property, value }, apply });
  }

  /** An object whose listed properties, when set, are queued as writes of `prefix.property`. */
  private recorder(
    s: MockSheet,
    address: string,
    prefix: string,
    props: string[],
    apply: (prop: string, value: unknown) => void
  ): Record<string, unknown> {
    const o: Record<string, unknown> = {};
    const values: Record<string, unknown> = {};
    for (const prop of props)
      Object.defineProperty(o, prop, {
        enumerable: true,
        get: () => values[prop],
        set: (v: unknown) => {
          values[prop] = v;
          this.queueSet(s, address, `${prefix}.${prop}`, v, () => apply(prop, v));
        },
      });
    return o;
  }

  private pageLayout(s: MockSheet): Record<string, unknown> {
    const layout = s.pageLayout as Record<string, unknown>;
    const o = this.recorder(
      s,
      "pageLayout",
      "pageLayout",
      ["paperSize", "orientation", "zoom", "centerHorizontally"],
      (prop, v) => (layout[prop] = v)
    );
    o.setPrintMargins = (unit: string, options: Record<string, number>) =>
      this.queueSet(s, "pageLayout", "pageLayout.setPrintMargins", { unit, options }, () => {
        s.pageLayout.margins = { unit, options: { ...options } };
      });
    o.setPrintTitleRows = (rows: string) =>
      this.queueSet(s, "pageLayout", "pageLayout.setPrintTitleRows", rows, () => {
        s.pageLayout.printTitleRows = rows;
      });
    const group = this.recorder(s, "pageLayout", "pageLayout.headersFooters", ["state"], (_, v) => {
      s.pageLayout.headerFooterState = v as string;
    });
    group.defaultForAllPages = this.recorder(
      s,
      "pageLayout",
      "pageLayout.headersFooters.defaultForAllPages",
      ["centerHeader", "centerFooter", "leftHeader", "rightHeader", "leftFooter", "rightFooter"],
      (prop, v) => {
        if (prop === "centerHeader" || prop === "centerFooter") s.pageLayout[prop] = v as string;
      }
    );
    o.headersFooters = group;
    return o;
  }

  private borders(s: MockSheet, address: string): Record<string, unknown> {
    return {
      getItem: (edge: string) => {
        const border: MockBorder = { address, edge };
        return this.recorder(
          s,
          address,
          `border.${edge}`,
          ["style", "weight", "color"],
          (prop, v) => {
            let live = s.borders.find((b) => b.address === address && b.edge === edge);
            if (!live) s.borders.push((live = { ...border }));
            (live as unknown as Record<string, unknown>)[prop] = v;
          }
        );
      },
    };
  }

  private usedRange(s: MockSheet): Excel.Range {
    const rows = s.cells.length;
    const cols = s.cells.reduce((n, r) => Math.max(n, r.length), 0);
    const empty = rows === 0 || cols === 0;
    const mock = new OfficeMockObject({
      isNullObject: empty,
      rowIndex: 0,
      columnIndex: 0,
      rowCount: empty ? 0 : rows,
      columnCount: empty ? 0 : cols,
    });
    return this.track(mock) as unknown as Excel.Range;
  }

  private slice(s: MockSheet, r0: number, c0: number, rows: number, cols: number): Cell[][] {
    const out: Cell[][] = [];
    for (let r = 0; r < rows; r++) {
      const src = s.cells[r0 + r] ?? [];
      const row: Cell[] = new Array(cols);
      for (let c = 0; c < cols; c++) row[c] = src[c0 + c] ?? "";
      out.push(row);
    }
    return out;
  }

  private range(s: MockSheet, address?: string): Excel.Range {
    const self = this;
    if (address === undefined) {
      // The whole sheet: only its conditional formats are used.
      return { conditionalFormats: this.cfCollection(s, null) } as unknown as Excel.Range;
    }
    const { r0, c0, rows, cols } = parseRange(address);
    // Whole columns (column widths) carry no values.
    const values = rows <= 100_000 ? self.slice(s, r0, c0, rows, cols) : undefined;
    const mock = new OfficeMockObject({
      address: `${s.name}!${address}`,
      values,
      format: {
        fill: { color: undefined },
        font: { bold: undefined, color: undefined },
        horizontalAlignment: undefined,
        columnWidth: undefined,
      },
      dataValidation: { rule: undefined, errorAlert: undefined },
      select: () => {
        self.selection = { sheet: s.name, address };
      },
      merge: () => {
        self.writes.push({ sheet: s.name, address, property: "merge", value: true });
      },
      getEntireColumn: () =>
        self.range(s, `${address.replace(/\d+/g, "")}1:${address.replace(/\d+/g, "")}1048576`),
    });
    const anyMock = mock as unknown as Record<string, unknown> & {
      load(p: string): void;
      sync(): Promise<void>;
    };
    anyMock.conditionalFormats = this.cfCollection(s, address);
    (anyMock.format as Record<string, unknown>).borders = this.borders(s, address);
    this.track(mock, (p) => (/values/.test(p) ? jsonBytes(values ?? []) : 64));
    for (const path of WATCHED_PATHS) {
      this.watched.push({
        sheet: s,
        address,
        r0,
        c0,
        target: () => anyMock,
        path,
        last: get(anyMock, path),
      });
    }
    return mock as unknown as Excel.Range;
  }

  private cfCollection(s: MockSheet, areas: string | null): Excel.ConditionalFormatCollection {
    const self = this;
    const state = { synced: false };
    let loaded: OfficeMockObject[] = [];
    return {
      load(props: string) {
        self.pendingCollections.push(state);
        state.synced = false;
        const sub = props
          .split(",")
          .map((p) => p.trim().replace(/^items\//, ""))
          .join(",");
        loaded = self.liveCfs(s.name).map((cf) => {
          const m = new OfficeMockObject({
            id: String(cf.id),
            type: cf.type,
            custom: { rule: { formula: cf.formula } },
            delete: () => {
              cf.deleted = true;
              self.writes.push({
                sheet: s.name,
                address: cf.areas,
                property: "conditionalFormat.delete",
                value: cf.id,
              });
            },
          });
          self.track(m).load(sub);
          // custom.rule.load("formula") later goes through the mock too.
          self.track((m as unknown as { custom: { rule: OfficeMockObject } }).custom.rule);
          return m;
        });
        return this;
      },
      get items() {
        if (!state.synced)
          throw new Error("mock: conditionalFormats.items read before load + sync");
        return loaded;
      },
      add(type: string) {
        if (areas === null) throw new Error("mock: add on the whole sheet");
        const cf: MockCf = { id: self.nextCf++, sheet: s.name, areas, type, deleted: false };
        self.cfs.push(cf);
        self.writes.push({
          sheet: s.name,
          address: areas,
          property: "conditionalFormat.add",
          value: type,
        });
        const rule = {} as { formula?: string };
        Object.defineProperty(rule, "formula", {
          set: (f: string) => (cf.formula = f),
          get: () => cf.formula,
        });
        const fill = {};
        Object.defineProperty(fill, "color", {
          set: (c: string) => (cf.fill = c),
          get: () => cf.fill,
        });
        const font = {};
        Object.defineProperty(font, "color", {
          set: (c: string) => (cf.font = c),
          get: () => cf.font,
        });
        return { custom: { rule, format: { fill, font } } };
      },
    } as unknown as Excel.ConditionalFormatCollection;
  }

  private async sync(): Promise<void> {
    // What this round trip carries: values written (request) and values loaded (response).
    let requestBytes = 200;
    const changed: { w: Watched; value: unknown }[] = [];
    for (const w of this.watched) {
      const value = get(w.target(), w.path);
      if (value !== w.last && !(typeof value === "string" && value.startsWith("Error, "))) {
        changed.push({ w, value });
        requestBytes += jsonBytes(value ?? null) + 64;
      }
    }
    const sets = this.pendingSets;
    this.pendingSets = [];
    for (const p of sets) requestBytes += jsonBytes(p.write.value ?? null) + 64;
    let responseBytes = 200;
    for (const l of this.pendingLoads) responseBytes += l.bytes();
    this.roundTrips.push({ requestBytes, responseBytes });
    const loads = this.pendingLoads;
    this.pendingLoads = [];
    const collections = this.pendingCollections;
    this.pendingCollections = [];
    if (requestBytes > this.limit || responseBytes > this.limit) {
      for (const { w } of changed) w.last = get(w.target(), w.path);
      const code =
        requestBytes > this.limit
          ? "RequestPayloadSizeLimitExceeded"
          : "ResponsePayloadSizeLimitExceeded";
      throw Object.assign(new Error(`mock: ${code}`), { code });
    }
    for (const { w, value } of changed) {
      w.last = value;
      this.writes.push({ sheet: w.sheet.name, address: w.address, property: w.path, value });
      if (w.path === "values" || w.path === "formulas") this.apply(w, value as Cell[][]);
    }
    for (const p of sets) {
      p.apply();
      this.writes.push(p.write);
    }
    for (const l of loads) await l.sync();
    for (const c of collections) c.synced = true;
    // office-addin-mock finishes its property updates in later microtasks.
    await new Promise((resolve) => setImmediate(resolve));
    // What loading brought in is not a write.
    for (const w of this.watched) w.last = get(w.target(), w.path);
  }

  private apply(w: Watched, grid: Cell[][]): void {
    grid.forEach((row, i) =>
      row.forEach((v, j) => {
        const r = w.r0 + i;
        const c = w.c0 + j;
        const cells = w.sheet.cells;
        while (cells.length <= r) cells.push([]);
        if (typeof v === "string" && v.startsWith("=")) {
          w.sheet.formulas.set(cellAddress(r, c), v);
          cells[r][c] = "";
        } else {
          w.sheet.formulas.delete(cellAddress(r, c));
          cells[r][c] = typeof v === "string" && v.startsWith("'") ? v.slice(1) : v;
        }
      })
    );
    for (const row of w.sheet.cells)
      for (let i = 0; i < row.length; i++) if (row[i] === undefined) row[i] = "";
  }
}
