/**
 * The values a notice leaves open, given to the built scripts as a clerk or a flow would: a
 * 政策设置 sheet in the workbook (项目 as the pane shows it, 值) or the `settings` parameter.
 * 计算保费 and 生成资助申报表 then answer exactly as `yibao premium/benefit/claim --set key=value`
 * on the same rows: the notices' own cases (潼南's subsidies, 石柱's and 彭水's waiting periods,
 * 双清's fiscal subsidy for a late payer). A bad value or two values for one item stop the
 * script before it writes; the 政策设置 sheet, like every sheet there was, is unchanged.
 */
import fs from "fs";
import { withoutNulls } from "../../src/scripts/answer";
import os from "os";
import path from "path";
import { iso, toExcelSerial, toIso } from "../../src/core/dates";
import { getPolicy } from "../../src/core/policy/registry";
import { settingItems, SETTINGS_SHEET } from "../../src/core/policy/settingsTable";
import { yibao } from "../cli/run";
import { shuangqingLateRoster } from "../claim/fixtures";
import { caseTables } from "../core/policyCases";
import { buildOne, type BuiltScript } from "./buildOne";
import { MemoryWorkbook } from "./memoryWorkbook";
import { runScript } from "./run";

jest.setTimeout(300_000);

type Value = string | number | boolean;

let premium: BuiltScript;
let claim: BuiltScript;
beforeAll(() => {
  premium = buildOne("计算保费");
  claim = buildOne("生成资助申报表");
}, 300_000);

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "yibao-settings-script-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/**
 * A value for every open item of a policy, as the clerk writes it in 政策设置 and as the CLI
 * takes it: amounts (one tier apart where a subsidy may differ by tier), months, and a
 * waiting period in the pane's words. Test inputs, not policy.
 */
function everyValue(policy: string): { sheet: Value[][]; sets: string[] } {
  const sheet: Value[][] = [["项目", "值"]];
  const sets: string[] = [];
  let tierApart = false;
  for (const it of settingItems(getPolicy(policy))) {
    const perTier = it.key !== it.slot.key;
    if (perTier && tierApart) continue;
    if (perTier) tierApart = true;
    if (it.slot.input === "choice") {
      const c = it.slot.choices!.find((x) => x.value === "fromPayment")!;
      sheet.push([it.item, c.label]);
      sets.push("--set", `${it.key}=${c.value}`);
    } else {
      const v = it.slot.input === "months" ? 1 : perTier ? 350 : 300;
      sheet.push([it.item, v]);
      sets.push("--set", `${it.key}=${v}`);
    }
  }
  return { sheet, sets };
}

interface Summary {
  rows: number;
  computed: number;
  rejected: { row: number; reason: string }[];
}

async function cliPremium(
  policy: string,
  c: { tier: string; category: string; date: string; event?: string },
  sets: string[]
): Promise<{ ok: true; line: (string | number)[] } | { ok: false; message: string }> {
  const ev = c.event ? ["--event-date", c.event] : [];
  const base = ["--policy", policy, "--category", c.category, ...ev, ...sets, "--json"];
  const p = await yibao("premium", "--tier", c.tier, "--date", c.date, ...base);
  if (p.code !== 0) return { ok: false, message: p.stderr.split("\n")[0] };
  const b = await yibao("benefit", "--paid", c.date, ...base);
  if (b.code !== 0) return { ok: false, message: b.stderr.split("\n")[0] };
  const j = p.json<Record<string, number>>();
  return {
    ok: true,
    line: [
      j.standard,
      j.personal,
      j.subsidy,
      j.fiscalSurcharge,
      b.json<{ benefitStart: string }>().benefitStart,
    ],
  };
}

interface Case {
  what: string;
  category: string;
  tier: string;
  date: string;
  event?: string;
  /** A notice's case the rules refuse for want of a value (OPEN_VALUE). */
  open?: boolean;
}

/**
 * Every category of the policy, at a tier it may take, paid on the collection period's last
 * day, a month after it (the late payer's fiscal subsidy) and the day each open waiting
 * period starts to apply, with an event 10 days before where its rule needs one.
 */
function everyCategory(policy: string): Case[] {
  const m = getPolicy(policy);
  const days = [
    m.collectionEnd,
    Math.min(m.collectionEnd + 30, m.lastPayableDay),
    // The first day an exception whose waiting period is open applies (石柱: from 3月1日).
    ...m.exceptions
      .filter((e) => e.effect.kind === "open" && e.from !== null && e.from <= m.lastPayableDay)
      .map((e) => e.from!),
  ].filter((d, i, all) => all.indexOf(d) === i);
  return m.categories.flatMap((c) =>
    days.map((d) => ({
      what: `${c.name} ${toIso(d)}`,
      category: c.name,
      tier: Object.keys(c.subsidy ?? {})[0] ?? m.tierNames()[0],
      date: toIso(d),
      event: c.event ? toIso(d - 10) : undefined,
    }))
  );
}

const OPEN_TABLES = caseTables().filter(([, t]) => settingItems(getPolicy(t.policy)).length > 0);

describe.each(OPEN_TABLES.map(([f, t]) => [f, t] as const))(
  "计算保费 with 政策设置: %s",
  (_f, table) => {
    it("answers every case row as the CLI does with --set; rows refused for an open value are now computed", async () => {
      const model = getPolicy(table.policy);
      const cases: Case[] = [
        ...table.cases
          .filter((c) => c.rule === "premium" && c.input.tier !== undefined)
          .map((c) => ({
            what: c.what,
            category: c.input.category,
            tier: c.input.tier!,
            date: c.date,
            event: c.input.eventDate,
            open: c.expected.error === "OPEN_VALUE",
          })),
        ...everyCategory(table.policy),
      ];
      const rows: Value[][] = [
        ["序号", "姓名", "人员类别", "缴费档次", "缴费日期", "事件日期"],
        ...cases.map((c, i) => [
          i + 1,
          `居民${i + 1}`,
          c.category,
          c.tier,
          toExcelSerial(iso(c.date)),
          c.event ? toExcelSerial(iso(c.event)) : "",
        ]),
      ];
      const { sheet, sets } = everyValue(table.policy);
      const wb = MemoryWorkbook.from({ 名单: rows, [SETTINGS_SHEET]: sheet });
      const plain = MemoryWorkbook.from({ 名单: rows });
      const before = wb.snapshot();
      const got = runScript(premium.source, wb, table.policy, "名单") as Summary;
      const without = runScript(premium.source, plain, table.policy, "名单") as Summary;
      expect(wb.snapshot()["名单"]).toEqual(before["名单"]);
      expect(wb.snapshot()[SETTINGS_SHEET]).toEqual(before[SETTINGS_SHEET]);
      const out = wb.getWorksheet("名单-保费")!.dump().values;
      for (let i = 0; i < cases.length; i++) {
        const c = cases[i];
        const hasEvent = !!model.tryCategory(c.category)?.event;
        const want = await cliPremium(
          table.policy,
          { ...c, event: hasEvent ? c.event : undefined },
          sets
        );
        const line = out[2 + i];
        const what = `${c.what}（第${i + 2}行）`;
        if (want.ok)
          expect([what, ...line.slice(5, 9), toIso(Number(line[9]) - 25569)]).toEqual([
            what,
            ...want.line,
          ]);
        else {
          expect([what, line.slice(5, 10)]).toEqual([what, ["", "", "", "", ""]]);
          expect([what, want.message]).toEqual([what, expect.stringContaining(String(line[10]))]);
        }
      }
      // The notice's open-value cases are the ones the settings answer.
      const open = cases.filter((c) => c.open).length;
      expect(got.computed).toBeGreaterThanOrEqual(without.computed + open);
      expect(got.computed).toBeGreaterThan(without.computed);
      expect(got.rejected.some((r) => /未定/.test(r.reason))).toBe(false);

      // The same values as the settings parameter give the same sheet.
      const text = sheet
        .slice(1)
        .map(([k, v]) => `${k}=${v}`)
        .join("；");
      const viaParameter = MemoryWorkbook.from({ 名单: rows });
      expect(runScript(premium.source, viaParameter, table.policy, "名单", text)).toEqual(got);
      expect(viaParameter.getWorksheet("名单-保费")!.dump().values).toEqual(out);
    });
  }
);

describe("生成资助申报表 with 政策设置 (双清: a late payer's fiscal subsidy, 其他困难群体's subsidy)", () => {
  const policy = "hn-shuangqing-2025";
  const values: Value[][] = [
    ["项目", "值"],
    ["财政补助标准", 670],
    ["“其他困难群体”资助标准", 100],
  ];

  async function cliClaim(...sets: string[]): Promise<unknown> {
    const file = path.join(dir, `花名册-${Math.random().toString(36).slice(2)}.xlsx`);
    const roster = shuangqingLateRoster();
    fs.writeFileSync(
      file,
      await MemoryWorkbook.from({ [roster.name]: rows(roster.rows) }).toXlsx()
    );
    const r = await yibao("claim", file, "--policy", policy, "--json", ...sets);
    // A script's answer leaves out the CLI's nulls (Power Automate documents no null).
    return withoutNulls(r.json());
  }
  const rows = (r: unknown[][]): Value[][] => r.map((x) => x.map((v) => (v ?? "") as Value));

  it("returns what yibao claim --json --set prints; without them, those rows are refused as the CLI refuses them", async () => {
    const roster = shuangqingLateRoster();
    const wb = MemoryWorkbook.from({ [roster.name]: rows(roster.rows), [SETTINGS_SHEET]: values });
    const before = wb.snapshot();
    const got = runScript(claim.source, wb, policy) as {
      rejected: unknown[];
      totalSubsidy: number;
    };
    const want = await cliClaim("--set", "fiscalSubsidy=670", "--set", "subsidy.其他困难群体=100");
    expect(got).toEqual(want);
    for (const name of Object.keys(before)) expect(wb.snapshot()[name]).toEqual(before[name]);

    const bare = runScript(
      claim.source,
      MemoryWorkbook.from({ [roster.name]: rows(roster.rows) }),
      policy
    ) as {
      rejected: unknown[];
      totalSubsidy: number;
    };
    expect(bare.rejected.length).toBeGreaterThan(got.rejected.length);
    expect(bare.totalSubsidy).toBeLessThan(got.totalSubsidy);

    const viaParameter = MemoryWorkbook.from({ [roster.name]: rows(roster.rows) });
    expect(
      runScript(
        claim.source,
        viaParameter,
        policy,
        "",
        "",
        "财政补助标准=670；其他困难群体资助标准＝100"
      )
    ).toEqual(want);
  });

  it("a bad value or a conflict stops it before it writes, naming the cell or the item", () => {
    const roster = shuangqingLateRoster();
    const bad = MemoryWorkbook.from({
      [roster.name]: rows(roster.rows),
      [SETTINGS_SHEET]: [
        ["项目", "值"],
        ["财政补助标准", "六百七"],
      ],
    });
    expect(() => runScript(claim.source, bad, policy)).toThrow(
      "政策设置!B2：“财政补助标准”的值“六百七”不能用：请填写不小于0的金额（元），如 670。"
    );
    expect(bad.sheets.map((s) => s.name)).toEqual([roster.name, SETTINGS_SHEET]);

    const twice = MemoryWorkbook.from({
      [roster.name]: rows(roster.rows),
      [SETTINGS_SHEET]: values,
    });
    expect(() => runScript(claim.source, twice, policy, "", "", "财政补助标准=700")).toThrow(
      "运行参数“政策设置”第1项：“财政补助标准”已在政策设置!B2填了“670”，这里又填了“700”，请只留一个。"
    );
    expect(twice.sheets.map((s) => s.name)).toEqual([roster.name, SETTINGS_SHEET]);
  });
});
