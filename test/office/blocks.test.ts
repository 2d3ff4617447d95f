import {
  isPayloadTooLarge,
  jsonBytes,
  MAX_BLOCK_ROWS,
  splitRows,
} from "../../src/core/sheet/blocks";
import { addressChunks, cellsBySeverity } from "../../src/office/highlight";
import { formatRects, formulaEntry, widthToPoints } from "../../src/core/sheet/grid";
import type { TargetFinding } from "../../src/core/targets/types";

describe("block sizes", () => {
  test("jsonBytes counts UTF-8", () => {
    expect(jsonBytes([["a", 1]])).toBe('[["a",1]]'.length);
    expect(jsonBytes([["村"]])).toBe(6 + 3);
  });

  test("splitRows keeps every row once, in order, under the budget", () => {
    const rows = Array.from({ length: 25_000 }, (_, i) => [i, "x".repeat(i % 50)]);
    const blocks = splitRows(rows, 200_000);
    expect(blocks.flatMap((b) => b.rows)).toEqual(rows);
    for (const b of blocks) {
      expect(jsonBytes(b.rows)).toBeLessThanOrEqual(200_000);
      expect(b.rows.length).toBeLessThanOrEqual(MAX_BLOCK_ROWS);
      expect(b.rows[0]).toBe(rows[b.start]);
    }
  });

  test("payload errors are recognised by code", () => {
    expect(isPayloadTooLarge({ code: "RequestPayloadSizeLimitExceeded" })).toBe(true);
    expect(isPayloadTooLarge({ code: "ResponsePayloadSizeLimitExceeded" })).toBe(true);
    expect(isPayloadTooLarge({ code: "InvalidArgument" })).toBe(false);
  });
});

describe("writing sheets", () => {
  test("formulaEntry: formulas get =, text that looks like a formula stays text", () => {
    expect(formulaEntry({ formula: "SUM(C6:C17)" })).toBe("=SUM(C6:C17)");
    expect(formulaEntry({ value: "=1+1" })).toBe("'=1+1");
    expect(formulaEntry({ value: "-" })).toBe("'-");
    expect(formulaEntry({ value: 3 })).toBe(3);
    expect(formulaEntry(null)).toBe("");
  });

  test("formatRects groups equal formats into rectangles", () => {
    const b = { value: 1, bold: true };
    const f = { value: 1, fill: "D9D9D9" };
    const rects = formatRects([
      [b, b, null],
      [b, b, f],
      [null, null, f],
    ]);
    const simple = rects.map((r) => [r.r0, r.r1, r.c0, r.c1]).sort();
    expect(simple).toEqual([
      [0, 1, 0, 1],
      [1, 2, 2, 2],
    ]);
  });

  test("column widths in characters become points", () => {
    expect(widthToPoints(12)).toBeCloseTo(66.75);
  });
});

describe("marks", () => {
  const f = (severity: "error" | "warning", cell: string): TargetFinding => ({
    severity,
    code: "SUM_MISMATCH",
    row: 0,
    col: 0,
    cell,
    message: "",
  });

  test("a cell with an error is not marked as a warning too", () => {
    expect(
      cellsBySeverity([
        f("warning", "C7"),
        f("error", "C18"),
        f("warning", "C18"),
        f("warning", "C7"),
      ])
    ).toEqual({ error: ["C18"], warning: ["C7"] });
  });

  test("addresses are chunked under the length limit", () => {
    const cells = Array.from({ length: 1000 }, (_, i) => `C${i + 1}`);
    const chunks = addressChunks(cells);
    expect(chunks.join(",").split(",")).toEqual(cells);
    for (const c of chunks) expect(c.length).toBeLessThanOrEqual(2000);
  });
});
