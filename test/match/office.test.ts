/**
 * 参保比对 through the Office.js layer (office-addin-mock, the fake in test/office): sheet roles
 * guessed from the headers, the lists read and the results written as new sheets, the
 * 进度记录 / 进度图表 sheets replaced on the next report with an Excel line chart, the inputs
 * never written to, and a clerk's own sheet named 进度记录 never deleted.
 */
import { iso } from "../../src/core/dates";
import { getPolicy } from "../../src/core/policy/registry";
import { OfficeHost } from "../../src/office/host";
import type { PolicyStore } from "../../src/ui/host";
import { matchInHost, rolesOf } from "../../src/ui/match/runner";
import { MockExcel } from "../office/excelMock";
import { pengshui } from "./fixtures";

jest.setTimeout(120_000);

const store: PolicyStore = { load: async () => ({ policyId: "cq-pengshui-2025", supplied: {} }), savePolicyId: async () => undefined };
const policy = getPolicy("cq-pengshui-2025");

type Cell = string | number | boolean;
interface ChartCall {
  sheet: string;
  type: string;
  source: string;
  by: string;
  chart: { title: { text?: string }; legend: { position?: string }; axes: { valueAxis: { maximum?: number } }; position?: string[] };
}

/** The fake has no Worksheet.delete and no charts: add both, recording what was done. */
function withDeleteAndCharts(excel: MockExcel): { charts: ChartCall[]; deleted: string[] } {
  const charts: ChartCall[] = [];
  const deleted: string[] = [];
  const ws = excel.context.workbook.worksheets as unknown as Record<string, unknown>;
  type M = Record<string, unknown> & { name: string };
  const addresses = new WeakMap<object, string>();
  const aug = (m: M, name: string): M => {
    if (m.__aug) return m;
    m.__aug = true;
    const getRange = (m.getRange as (a: string) => object).bind(m);
    m.getRange = (a: string) => {
      const r = getRange(a);
      addresses.set(r, `${name}!${a}`);
      return r;
    };
    m.delete = () => {
      excel.sheets.splice(excel.sheets.findIndex((s) => s.name === name), 1);
      (excel as unknown as { sheetMocks: Map<string, unknown> }).sheetMocks.delete(name);
      deleted.push(name);
    };
    m.charts = {
      add: (type: string, range: object, by: string) => {
        const call: ChartCall = { sheet: name, type, source: addresses.get(range) ?? "?", by, chart: { title: {}, legend: {}, axes: { valueAxis: {} } } };
        (call.chart as unknown as Record<string, unknown>).setPosition = (a: string, b: string) => (call.chart.position = [a, b]);
        charts.push(call);
        return call.chart;
      },
    };
    return m;
  };
  const getItem = (ws.getItem as (n: string) => M).bind(ws);
  ws.getItem = (n: string) => aug(getItem(n), n);
  const items = Object.getOwnPropertyDescriptor(ws, "items")!.get!;
  Object.defineProperty(ws, "items", { get: () => (items.call(ws) as M[]).map((m, i) => aug(m, excel.sheets[i].name)) });
  return { charts, deleted };
}

const fx = pengshui();
const cells = (rows: unknown[][]): Cell[][] => rows.map((r) => r.map((v) => (v === null || v === undefined ? "" : (v as Cell))));

describe("参保比对 through the Office.js layer", () => {
  test("two reports: new sheets, progress sheets replaced with a chart, inputs untouched", async () => {
    const inputs = [fx.household, fx.civil, fx.agri, fx.paid, fx.targets].map((s) => ({ name: s.name, cells: cells(s.rows) }));
    const before = JSON.stringify(inputs);
    const excel = new MockExcel(inputs.map((s) => ({ name: s.name, cells: s.cells.map((r) => [...r]) })));
    const { charts, deleted } = withDeleteAndCharts(excel);
    const host = new OfficeHost(excel.run, store);

    const roles = rolesOf(await host.listSheets(30));
    expect(roles.map((r) => [r.name, r.role])).toEqual([
      ["户籍人员", "list"],
      ["民政", "list"],
      ["农业农村", "list"],
      ["缴费明细", "paid"],
      ["附件1", "targets"],
    ]);
    const first = await matchInHost(host, roles, { policy, date: iso("2024-12-06") });
    expect(first.written).toEqual(expect.arrayContaining(["比对汇总", "分村统计", "评档与工作经费", "未缴-马驴村", "进度记录", "进度图表"]));
    const c = first.run.result.counts;
    expect(c.listRows).toBe(c.matchedRows + c.unpaidRows + c.rejectedRows);
    expect(c.paidRows).toBe(c.paidMatched + c.paidOutside + c.paidRejected);
    expect(charts).toHaveLength(1);
    expect(charts[0]).toMatchObject({ sheet: "进度图表", type: "Line", source: "进度图表!A1:F2", by: "Columns" });
    expect(charts[0].chart.legend.position).toBe("Bottom");
    expect(charts[0].chart.axes.valueAxis.maximum).toBe(1);
    expect(excel.sheet("评档与工作经费").cells.slice(2, 6).map((r) => r[7])).toEqual(["A档", "B档", "B档", "C档"]);

    // The next report: 进度记录 is found as the history and replaced, the match sheets get (2).
    const again = rolesOf(await host.listSheets(30));
    expect(again.find((r) => r.name === "进度记录")!.role).toBe("history");
    expect(again.find((r) => r.name === "比对汇总")!.role).toBe("none");
    const second = await matchInHost(host, again, { policy, date: iso("2024-12-13") });
    expect(deleted).toEqual(["进度记录", "进度图表"]);
    expect(second.written).toContain("比对汇总(2)");
    const progress = excel.sheet("进度记录").cells;
    expect(progress.slice(1).map((r) => r[0])).toEqual(["2024-12-06", "2024-12-06", "2024-12-06", "2024-12-06", "2024-12-13", "2024-12-13", "2024-12-13", "2024-12-13"]);
    expect(progress.slice(5).map((r) => r[7])).toEqual([0, 0, 0, 0]); // nothing paid in between
    expect(charts[1].source).toBe("进度图表!A1:F3");
    // The inputs were never written to.
    expect(JSON.stringify(inputs)).toBe(before);
    for (const s of inputs) expect(excel.sheet(s.name).cells).toEqual(s.cells);
    expect(excel.writes.filter((w) => inputs.some((s) => s.name === w.sheet))).toEqual([]);
  });

  test("a clerk's own sheet named 进度记录 is not deleted: the write is refused", async () => {
    const excel = new MockExcel(
      [fx.household, fx.paid].map((s) => ({ name: s.name, cells: cells(s.rows) })).concat([{ name: "进度记录", cells: [["日期", "备注"], ["11月", "自己记的"]] }])
    );
    const { deleted } = withDeleteAndCharts(excel);
    const host = new OfficeHost(excel.run, store);
    const roles = rolesOf(await host.listSheets(30)).map((r) => (r.name === "进度记录" ? { ...r, role: "none" as const } : r));
    await expect(matchInHost(host, roles, { policy, date: iso("2024-12-06") })).rejects.toThrow(/已有名为“进度记录”的工作表，但不是本助手生成的进度记录（第1行为：日期、备注）/);
    expect(deleted).toEqual([]);
    expect(excel.sheet("进度记录").cells[1]).toEqual(["11月", "自己记的"]);
  });
});
