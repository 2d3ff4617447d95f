/**
 * 生成资助申报表 as built by scripts/office-scripts/build.js: the .osts and .ts Excel takes,
 * type-checked under the platform's rules, run against the in-memory workbook on the
 * notices' own rosters, and compared field by field with `yibao claim --json` on the same
 * sheets saved as .xlsx. The rosters stay unchanged cell by cell; the written sheets are the
 * core's claim workbook, with their print setup and borders; user text never becomes a formula.
 */
import fs from "fs";
import { withoutNulls } from "../../src/scripts/answer";
import os from "os";
import path from "path";
import { buildClaim } from "../../src/core/claim/build";
import { claimWorkbook } from "../../src/core/claim/workbook";
import { getPolicy, listPolicies } from "../../src/core/policy/registry";
import type { SheetData } from "../../src/core/sheet/address";
import { formulaEntry } from "../../src/core/sheet/grid";
import { printPlan } from "../../src/core/sheet/print";
import type { SheetSpec } from "../../src/core/sheet/spec";
import { mergeRects, wrappedLines } from "../../src/core/sheet/wrap";
import { yibao } from "../cli/run";
import {
  pengshuiRoster,
  shizhuRosters,
  shuangqingLateRoster,
  shuangqingRoster,
  withCheck,
  wrongCheck,
} from "../claim/fixtures";
import { twentyPeople } from "../claim/workbookFixtures";
import { MemoryWorkbook, MemoryWorksheet } from "./memoryWorkbook";
import { runScript } from "./run";

const { buildAll } = require("../../scripts/office-scripts/build.js") as {
  buildAll: (o: { policies: unknown[]; outDir: string }) => {
    name: string;
    source: string;
    osts: Record<string, string>;
  }[];
};
const { checkScript } = require("../../scripts/office-scripts/check.js") as {
  checkScript: (s: string) => string[];
};

jest.setTimeout(180_000);

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "yibao-claim-script-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

let script: string;
let osts: Record<string, string>;
beforeAll(() => {
  const built = buildAll({ policies: listPolicies().map((m) => m.policy), outDir: dir });
  const claim = built.find((b) => b.name === "生成资助申报表")!;
  script = claim.source;
  osts = claim.osts;
}, 180_000);

type Value = string | number | boolean;

function workbookOf(sheets: SheetData[]): MemoryWorkbook {
  const data: Record<string, Value[][]> = {};
  for (const s of sheets) data[s.name] = s.rows.map((r) => r.map((v) => (v ?? "") as Value));
  return MemoryWorkbook.from(data);
}

/** `yibao claim --json` on the memory workbook's sheets saved as .xlsx. */
async function cliJson(wb: MemoryWorkbook, ...args: string[]): Promise<unknown> {
  const file = path.join(dir, `花名册-${Math.random().toString(36).slice(2)}.xlsx`);
  fs.writeFileSync(file, await wb.toXlsx());
  const r = await yibao("claim", file, "--json", ...args);
  expect(r.stderr).toBe("");
  // A script's answer leaves out the CLI's nulls (Power Automate documents no null).
  return withoutNulls(r.json());
}

/** Every written sheet as the spec says, cell by cell: formulas live, values as given, text as text. */
function expectWritten(ws: MemoryWorksheet, spec: SheetSpec): void {
  const { values, formulas } = ws.dump();
  spec.cells.forEach((row, r) =>
    row.forEach((cell, c) => {
      const entry = formulaEntry(cell);
      const at = `${spec.name}!${r + 1}:${c + 1}`;
      if (cell?.formula !== undefined) expect([at, formulas[r][c]]).toEqual([at, entry]);
      else {
        expect([at, formulas[r]?.[c] ?? null]).toEqual([at, null]);
        expect([at, values[r]?.[c] ?? ""]).toEqual([at, cell?.value ?? ""]);
      }
    })
  );
  // Wrapped text gets the rows' height, by the file writer's rule.
  const merges = mergeRects(spec);
  spec.cells.forEach((row, r) => {
    const lines = wrappedLines(spec, row, r, merges);
    expect([r, ws.rowHeights.get(r)]).toEqual([r, lines > 1 ? 15 * lines : undefined]);
  });
  const plan = printPlan(spec);
  expect(ws.page).toMatchObject({
    paperSize: "A4",
    orientation: plan.orientation === "landscape" ? "Landscape" : "Portrait",
    zoom: { horizontalFitToPages: 1, verticalFitToPages: plan.pagesTall },
    header: plan.header,
    footer: "第 &P 页 共 &N 页",
  });
  if (plan.repeatRows)
    expect(ws.page.titleRows).toBe(`$${plan.repeatRows.first + 1}:$${plan.repeatRows.last + 1}`);
  if (plan.borders) {
    const b = plan.borders;
    const address = ws.getRangeByIndexes(b.r0, b.c0, b.r1 - b.r0 + 1, b.c1 - b.c0 + 1).getAddress();
    const lines = ws.borders.filter((x) => x.address === address).map((x) => x.index);
    expect(lines.sort()).toEqual(
      [
        "EdgeBottom",
        "EdgeLeft",
        "EdgeRight",
        "EdgeTop",
        "InsideHorizontal",
        "InsideVertical",
      ].sort()
    );
  }
}

describe("the built script", () => {
  it("is an .osts Excel takes: the source in body, main's parameters and return described", () => {
    expect(osts.version).toBe("0.3.0");
    expect(osts.body).toBe(script);
    expect(fs.readFileSync(path.join(dir, "生成资助申报表.ts"), "utf8")).toBe(script);
    // As Excel writes an .osts: one compact JSON object, its fields in Excel's order.
    const file = fs.readFileSync(path.join(dir, "生成资助申报表.osts"), "utf8");
    expect(file).toBe(JSON.stringify(osts));
    expect(Object.keys(JSON.parse(file))).toEqual([
      "version",
      "body",
      "description",
      "noCodeMetadata",
      "parameterInfo",
      "apiInfo",
    ]);
    expect(osts.noCodeMetadata).toBe("");
    expect(JSON.parse(osts.apiInfo)).toEqual({ variant: "synchronous", variantVersion: 2 });
    const info = JSON.parse(osts.parameterInfo);
    expect(info.originalParameterOrder).toEqual([
      { name: "policy", index: 0 },
      { name: "sheets", index: 1 },
      { name: "date", index: 2 },
      { name: "settings", index: 3 },
    ]);
    expect(info.version).toBe(1);
    expect(info.signature.parameters.map((p: { name: string }) => p.name)).toEqual([
      "workbook",
      "policy",
      "sheets",
      "date",
      "settings",
    ]);
    expect(info.parameterSchema.required).toEqual(["policy"]);
    // The policy is a dropdown of every shipped policy.
    expect(info.parameterSchema.properties.policy.enum.sort()).toEqual(
      listPolicies()
        .map((m) => m.id)
        .sort()
    );
    expect(info.parameterSchema.properties.sheets.type).toBe("string");
    const result = info.returnSchema.properties.result;
    expect(Object.keys(result.properties)).toEqual([
      "inputRows",
      "people",
      "rejected",
      "merged",
      "ignored",
      "lines",
      "totalSubsidy",
      "totalPersonal",
      "totalStandard",
    ]);
    expect(result.properties.rejected.items.properties.reason).toEqual({ type: "string" });
    // "required" only at the top of parameterSchema, never inside an object, as Excel records it.
    const nested =
      JSON.stringify(info.returnSchema) + JSON.stringify(info.parameterSchema.properties);
    expect(nested).not.toContain('"required"');
  });

  it("keeps the platform's rules under TypeScript 4.0: no import, no any, one main", () => {
    expect(script).not.toMatch(/^\s*(import|export)\b/m);
    expect(script).not.toMatch(/z\.strictObject|policySchema|require\(/);
    expect(checkScript(script)).toEqual([]);
  });
});

describe.each([
  ["石柱, three rosters in one workbook", "cq-shizhu-2025", shizhuRosters()],
  ["彭水, one roster", "cq-pengshui-2025", [pengshuiRoster()]],
  ["双清, single tier", "hn-shuangqing-2025", [shuangqingRoster()]],
  ["双清, some paid after the collection period", "hn-shuangqing-2025", [shuangqingLateRoster()]],
  ["石柱, twenty people over the departments", "cq-shizhu-2025", [twentyPeople()]],
])("%s (%s)", (_label, policy, rosters) => {
  let wb: MemoryWorkbook;
  let before: ReturnType<MemoryWorkbook["snapshot"]>;
  let got: unknown;
  beforeAll(() => {
    wb = workbookOf(rosters);
    wb.addWorksheet("说明").cellAt(0, 0, true).value = "本工作簿的说明，不是花名册";
    before = wb.snapshot();
    got = runScript(script, wb, policy);
  });

  it("returns exactly what `yibao claim --json` prints on the same sheets", async () => {
    const other = workbookOf(rosters);
    other.addWorksheet("说明").cellAt(0, 0, true).value = "本工作簿的说明，不是花名册";
    expect(got).toEqual(await cliJson(other, "--policy", policy));
  });

  it("leaves every sheet that was there unchanged, cell by cell", () => {
    const after = wb.snapshot();
    for (const name of Object.keys(before)) expect(after[name]).toEqual(before[name]);
  });

  it("writes the core's claim workbook as new sheets, formulas live, with print setup and borders", () => {
    const model = getPolicy(policy);
    const result = buildClaim(rosters, model);
    const expected = claimWorkbook(result, model, {
      existingSheets: [...rosters.map((s) => s.name), "说明"],
    });
    const written = wb.sheets.slice(rosters.length + 1).map((s) => s.name);
    expect(written).toEqual(expected.sheets.map((s) => s.name));
    expect(written).toEqual(expect.arrayContaining(["申报汇总", "资助明细", "合并记录", "未通过"]));
    for (const spec of expected.sheets) expectWritten(wb.getWorksheet(spec.name)!, spec);
    // The summary keeps its live formulas (over 资助明细), not numbers typed in.
    const summary = wb.getWorksheet("申报汇总")!.dump().formulas.flat();
    expect(summary.some((f) => f !== null && f.includes("资助明细"))).toBe(true);
    expect(wb.getActiveWorksheet().name).toBe("申报汇总");
  });
});

describe("parameters", () => {
  it("sheets names the rosters (commas of either width), date is the default payment day", async () => {
    const wb = workbookOf(shizhuRosters());
    const got = runScript(script, wb, "cq-shizhu-2025", "卫健， 民政", "2025-03-01");
    const cli = await cliJson(
      workbookOf(shizhuRosters()),
      "--policy",
      "cq-shizhu-2025",
      "--sheet",
      "卫健",
      "--sheet",
      "民政",
      "--date",
      "2025-03-01"
    );
    expect(got).toEqual(cli);
  });

  it("a second run writes 申报汇总(2) and the rest with one suffix, its formulas over 资助明细(2)", () => {
    const wb = workbookOf([pengshuiRoster()]);
    const first = runScript(script, wb, "cq-pengshui-2025");
    const names = wb.sheets.map((s) => s.name);
    expect(runScript(script, wb, "cq-pengshui-2025")).toEqual(first);
    const added = wb.sheets.map((s) => s.name).slice(names.length);
    expect(added).toContain("申报汇总(2)");
    expect(added).toContain("资助明细(2)");
    const formulas = wb.getWorksheet("申报汇总(2)")!.dump().formulas.flat();
    expect(formulas.some((f) => f !== null && f.includes("资助明细(2)"))).toBe(true);
  });

  it.each([
    ["an unknown policy", ["cq-nowhere-2025"], /没有编号为“cq-nowhere-2025”的政策。可用的政策：/],
    [
      "a bad date",
      ["cq-pengshui-2025", undefined, "2025-02-30"],
      /缴费日期“2025-02-30”不是有效日期/,
    ],
    [
      "a sheet that is not there",
      ["cq-pengshui-2025", "名单"],
      /没有名为“名单”的工作表。现有：花名册/,
    ],
    ["no roster at all", ["cq-pengshui-2025", undefined, undefined, "说明"], /没有找到花名册表头/],
  ])("%s: a clear message in Chinese, and nothing written", (_what, args, message) => {
    const wb = workbookOf([pengshuiRoster()]);
    const withoutRoster = args.length === 4;
    if (withoutRoster) {
      wb.sheets[0].name = "说明";
      wb.sheets[0].cells.clear();
      wb.sheets[0].cellAt(0, 0, true).value = "通知";
    }
    const before = wb.snapshot();
    expect(() => runScript(script, wb, ...args.slice(0, 3))).toThrow(message);
    expect(wb.snapshot()).toEqual(before);
  });
});

describe("a resident named =HYPERLINK(...)", () => {
  const name = '=HYPERLINK("http://x","y")';
  const rosters = (): SheetData[] => {
    const r = pengshuiRoster();
    r.rows[1] = [name, ...r.rows[1].slice(1)];
    // The same person again under a bad ID, so the name reaches 未通过 too.
    r.rows.push([name, wrongCheck(withCheck("50024319800101991")), "低保", "一档", "大厂社区"]);
    return [r];
  };

  it("stays text in every written sheet, and the result is the CLI's", async () => {
    const wb = workbookOf(rosters());
    const got = runScript(script, wb, "cq-pengshui-2025");
    expect(got).toEqual(await cliJson(workbookOf(rosters()), "--policy", "cq-pengshui-2025"));
    let seen = 0;
    for (const ws of wb.sheets.slice(1)) {
      const { values, formulas } = ws.dump();
      for (const f of formulas.flat()) expect(f ?? "").not.toMatch(/HYPERLINK/i);
      seen += values.flat().filter((v) => v === name).length;
    }
    expect(seen).toBeGreaterThanOrEqual(2); // 资助明细 and 未通过 at least
  });
});
