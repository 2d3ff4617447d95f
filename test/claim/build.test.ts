/**
 * buildClaim on rosters with the usual faults. Every expected amount is read off the
 * notices' 附件2 by hand:
 *   石柱 (下路街道发〔2024〕78号 附件2): 缴费标准 一档400 / 二档775; 资助 — 计生残抚 400/400,
 *     计生优抚 320/320, 重度残疾 280/400, 三四级残疾 200/200, 城乡低保 360/400, 特困 400/400,
 *     孤儿 400/400, 低保边缘户 280/400, 事实无人抚养 400/400, 烈士遗属等 二档 775 only.
 *   彭水 (大同府发〔2024〕31号 附件2): 稳定脱贫 15/15, 重点优抚 二档 775 only, 其他优抚 400/400,
 *     城乡低保 360/400, 因病致贫 280/400, 计生优抚 320/320.
 *   双清 (双政办发〔2024〕11号 三（五）1): 单档 400; 特困、重度残疾 全额; 低保、监测对象 200.
 */
import { buildClaim, ClaimResult, departmentKey, sameDepartment } from "../../src/core/claim/build";
import { RosterError } from "../../src/core/claim/roster";
import { iso } from "../../src/core/dates";
import { getPolicy } from "../../src/core/policy/registry";
import { pengshuiRoster, shizhuRosters, shuangqingRoster, SZ_IDS, PS_IDS } from "./fixtures";

const SHIZHU = getPolicy("cq-shizhu-2025");
const PENGSHUI = getPolicy("cq-pengshui-2025");
const SHUANGQING = getPolicy("hn-shuangqing-2025");

const JIANGFU = "计生残抚（特扶）对象、计划生育手术并发症对象";
const ZHONGDU = "城乡重度（一、二级）残疾人员";
const JIANGYOU = "计生优抚（奖扶）对象";

function people(
  r: ClaimResult
): [string, string, string, number, number, number, number, string][] {
  return r.people.map((p) => [
    p.name,
    p.category,
    p.tier,
    p.standard,
    p.subsidy,
    p.fiscalSurcharge,
    p.personal,
    p.department,
  ]);
}

function where(x: { sheet: string; row: number }): string {
  return `${x.sheet}!${x.row}`;
}

function balance(r: ClaimResult): void {
  expect(r.inputRows).toBe(r.people.length + r.merged.length + r.rejected.length);
}

describe("石柱 (cq-shizhu-2025): three departments' rosters", () => {
  const r = buildClaim(shizhuRosters(), SHIZHU);

  test("finds the three rosters wherever their header is", () => {
    expect(r.rosters.map((t) => [t.sheet, t.headerRow + 1])).toEqual([
      ["民政", 1],
      ["残联", 3],
      ["卫健", 1],
    ]);
  });

  test("nothing is lost: 28 rows = 11 people + 4 merged + 13 rejected", () => {
    expect(r.inputRows).toBe(28);
    expect(r.people).toHaveLength(11);
    expect(r.merged).toHaveLength(4);
    expect(r.rejected).toHaveLength(13);
    balance(r);
    expect(r.ignored.map(where)).toEqual(["民政!18", "残联!11"]);
  });

  test("people, at the identity with the highest subsidy, with the amounts of 附件2", () => {
    expect(people(r)).toEqual([
      ["张一", "城乡低保对象", "一档", 400, 360, 0, 40, "县民政局"],
      ["李二", "特困人员", "二档", 775, 400, 0, 375, "县民政局"],
      ["王三", "低保边缘户", "一档", 400, 280, 0, 120, "县民政局"],
      ["赵四", "城乡孤儿", "一档", 400, 400, 0, 0, "县民政局"],
      ["褚十二", JIANGFU, "二档", 775, 400, 0, 375, "县卫生健康委"],
      ["蒋十三", "事实无人抚养儿童", "二档", 775, 400, 0, 375, "县民政局"],
      ["杨十六", JIANGFU, "一档", 400, 400, 0, 0, "县卫生健康委"],
      ["秦十七", ZHONGDU, "一档", 400, 280, 0, 120, "县残联"],
      ["尤十九", JIANGYOU, "二档", 775, 320, 0, 455, "县卫生健康委"],
      // Paid 2025-08-01, after 1 July: also pays the fiscal subsidy 670 (三（三）2).
      ["许二十", JIANGYOU, "二档", 775, 320, 670, 1125, "县卫生健康委"],
      // Also paid 2025-08-01, but 特困 is a low-income group: exempt (三（三）1).
      ["何廿一", "特困人员", "一档", 400, 400, 0, 0, "县民政局"],
    ]);
  });

  test("ids are normalised: lower-case x, 15 digits, full-width digits, spaces", () => {
    const byName = new Map(r.people.map((p) => [p.name, p]));
    expect(byName.get("李二")!.id).toBe(SZ_IDS.li2);
    expect(SZ_IDS.li2.endsWith("X")).toBe(true);
    expect(byName.get("王三")!.id).toBe(SZ_IDS.wang3_18);
    expect(byName.get("王三")!.warnings).toContain("原为15位旧身份证号码，已转换为18位");
    expect(byName.get("赵四")!.id).toBe(SZ_IDS.zhao4);
    expect(byName.get("秦十七")!.id).toBe(SZ_IDS.qin17);
    expect(byName.get("蒋十三")!.name).toBe("蒋十三");
    for (const p of r.people) expect(p.idMasked).toBe("*".repeat(14) + p.id.slice(14));
  });

  test("sources and other identities on the detail row", () => {
    const byName = new Map(r.people.map((p) => [p.name, p]));
    expect(byName.get("张一")!.sources.map(where)).toEqual(["民政!2", "民政!12", "残联!10"]);
    expect(byName.get("张一")!.otherIdentities).toEqual([ZHONGDU]);
    // 特困 二档 400 = 重度残疾 二档 400: the row that came first is used.
    expect(byName.get("李二")!.sources.map(where)).toEqual(["民政!3", "残联!4"]);
    expect(byName.get("李二")!.otherIdentities).toEqual([ZHONGDU]);
    // A later, higher identity wins: 计生特扶 400 over 三四级残疾 200.
    expect(byName.get("杨十六")!.sources.map(where)).toEqual(["卫健!2", "残联!7"]);
    expect(byName.get("杨十六")!.otherIdentities).toEqual([
      "未享受其他参保资助的农村三、四级残疾人",
    ]);
    expect(byName.get("杨十六")!.sources[0].cell).toBe("B2");
  });

  test("merged rows: exact duplicates and other identities, into the row used", () => {
    expect(r.merged.map((m) => [where(m), where(m.into), m.kind])).toEqual([
      ["民政!12", "民政!2", "duplicate"],
      ["残联!10", "民政!2", "identity"],
      ["残联!4", "民政!3", "identity"],
      ["残联!7", "卫健!2", "identity"],
    ]);
    expect(r.merged[1].reason).toMatch(/按就高身份计/);
    expect(r.merged[2].reason).toMatch(/按先出现的一行计/);
  });

  test("rejected rows, each with its reason", () => {
    expect(r.rejected.map((x) => [where(x), x.code])).toEqual([
      ["民政!6", "ID"],
      ["民政!7", "ID"],
      ["民政!8", "ID"],
      ["民政!9", "CATEGORY"],
      ["民政!10", "NOT_SUBSIDISED"],
      ["民政!11", "TIER_NOT_ALLOWED"],
      ["民政!13", "ID"],
      ["民政!17", "TIER"],
      ["残联!5", "NAME_CONFLICT"],
      ["残联!6", "TIER_CONFLICT"],
      ["残联!9", "NOT_SUBSIDISED"],
      ["卫健!6", "NOT_PAYABLE"],
      ["卫健!7", "DATE"],
    ]);
    const reason = new Map(r.rejected.map((x) => [where(x), x.reason]));
    expect(reason.get("民政!6")).toMatch(/校验位错误/);
    expect(reason.get("民政!7")).toMatch(/出生日期不存在：19900230/);
    expect(reason.get("民政!8")).toBe("身份证号码为空");
    expect(reason.get("民政!9")).toMatch(/“低收入人口”不在.*资助标准表中。可填：.*“城乡低保对象”/);
    expect(reason.get("民政!10")).toMatch(/不属资助对象/);
    expect(reason.get("民政!11")).toMatch(/只能参加二档，不能按一档资助参保/);
    expect(reason.get("民政!13")).toMatch(/已被 Excel 按数字存储/);
    expect(reason.get("民政!17")).toMatch(/参保档次“三档”无法识别/);
    expect(reason.get("残联!5")).toBe(
      "同一身份证号码姓名不一致（“民政”第2行为“张一”，本行为“张壹”），请核实"
    );
    expect(reason.get("残联!6")).toMatch(/同一人已在“民政”第4行按一档申报，本行为二档/);
    expect(reason.get("残联!9")).toMatch(/“脱贫人口”不属资助对象/);
    expect(reason.get("卫健!6")).toMatch(/最迟缴费日/);
    expect(reason.get("卫健!7")).toMatch(/缴费日期“2025年13月1日”无法识别/);
  });

  test("no message carries a full id number", () => {
    const all = [
      ...r.rejected.map((x) => x.reason),
      ...r.merged.map((m) => m.reason),
      ...r.people.flatMap((p) => p.warnings),
    ];
    for (const id of Object.values(SZ_IDS)) {
      for (const m of all) expect(m).not.toContain(id);
    }
  });

  test("a roster's 认定部门 that disagrees is a warning, not a rejection", () => {
    const qin = r.people.find((p) => p.name === "秦十七")!;
    expect(qin.department).toBe("县残联");
    expect(qin.warnings[0]).toMatch(/花名册写的认定部门“县民政局”与资助标准表不符/);
    // 县残联 written as such, or as 区残疾人联合会, is the same department.
    expect(r.people.find((p) => p.name === "李二")!.warnings).toEqual([]);
    expect(sameDepartment("县残联", "区残疾人联合会")).toBe(true);
    expect(sameDepartment("石柱县民政局", "县民政局")).toBe(true);
    expect(sameDepartment("县乡村振兴局", "县农业农村委")).toBe(true);
    expect(sameDepartment("县民政局", "县残联")).toBe(false);
    expect(departmentKey("邵阳市双清区卫生健康局")).toBe("卫健");
  });

  test("lines: department × category × tier in the order of 附件2, and totals", () => {
    expect(
      r.lines.map((l) => [l.department, l.category, l.tier, l.count, l.subsidyEach, l.subsidyTotal])
    ).toEqual([
      ["县卫生健康委", JIANGFU, "一档", 1, 400, 400],
      ["县卫生健康委", JIANGFU, "二档", 1, 400, 400],
      ["县卫生健康委", JIANGYOU, "二档", 2, 320, 640],
      ["县残联", ZHONGDU, "一档", 1, 280, 280],
      ["县民政局", "城乡低保对象", "一档", 1, 360, 360],
      ["县民政局", "特困人员", "一档", 1, 400, 400],
      ["县民政局", "特困人员", "二档", 1, 400, 400],
      ["县民政局", "城乡孤儿", "一档", 1, 400, 400],
      ["县民政局", "低保边缘户", "一档", 1, 280, 280],
      ["县民政局", "事实无人抚养儿童", "二档", 1, 400, 400],
    ]);
    expect(r.totals).toEqual({
      people: 11,
      standard: 6275,
      subsidy: 3960,
      fiscalSurcharge: 670,
      personal: 2985,
    });
    expect(r.totals.standard - r.totals.subsidy + r.totals.fiscalSurcharge).toBe(r.totals.personal);
  });

  test("--date sets the payment day of rows without one", () => {
    const late = buildClaim(shizhuRosters(), SHIZHU, { date: iso("2025-08-15") });
    const zhang = late.people.find((p) => p.name === "张一")!;
    // 城乡低保 is low-income: no surcharge; 计生优抚 (尤十九 has a date of its own) unchanged.
    expect([zhang.personal, zhang.fiscalSurcharge]).toEqual([40, 0]);
    const chu = late.people.find((p) => p.name === "褚十二")!;
    expect([chu.personal, chu.fiscalSurcharge]).toEqual([375 + 670, 670]);
    expect(late.people.find((p) => p.name === "尤十九")!.personal).toBe(455);
  });

  test("--sheet limits the rosters", () => {
    const one = buildClaim(shizhuRosters(), SHIZHU, { sheets: ["残联"] });
    expect(one.rosters.map((t) => t.sheet)).toEqual(["残联"]);
    expect(one.inputRows).toBe(7);
    balance(one);
    expect(() => buildClaim(shizhuRosters(), SHIZHU, { sheets: ["教育"] })).toThrow(
      /没有名为“教育”的工作表。现有：民政、残联、卫健/
    );
  });

  test("every row is accounted for whatever the order of the sheets", () => {
    const reversed = buildClaim([...shizhuRosters()].reverse(), SHIZHU);
    // Other rows come first now, so other rows lose a name or tier conflict, but none is lost.
    expect(reversed.inputRows).toBe(28);
    balance(reversed);
    expect(reversed.rejected.find((x) => x.code === "NAME_CONFLICT")).toMatchObject({
      sheet: "残联",
      row: 10,
    });
  });
});

describe("五保户, the name clerks still use", () => {
  test("is claimed as 特困人员, the detail row saying why (《社会救助暂行办法》 2014)", () => {
    const sheet = {
      name: "花名册",
      rows: [
        ["姓名", "公民身份号码", "身份", "参保档次", "村（社区）"],
        ["甲", PS_IDS.jia, "五保户", "一档", "大厂社区"],
        ["乙", PS_IDS.yi, "特困人员", "一档", "大河村"],
      ],
    };
    const r = buildClaim([sheet], PENGSHUI);
    expect(r.rejected).toEqual([]);
    const [jia, yi] = r.people;
    expect(jia.category).toBe(yi.category);
    expect(jia.category).toMatch(/^特困/);
    expect(jia.warnings.join()).toMatch(/花名册写的“五保户”按“特困[^”]*”申报：《社会救助暂行办法》（2014年）把农村五保供养并入特困人员供养.*国务院令第649号/);
    // Written as the category's own name: nothing to explain.
    expect(yi.warnings).toEqual([]);
  });
});

describe("彭水 (cq-pengshui-2025): one roster as a CSV holds it", () => {
  const r = buildClaim([pengshuiRoster()], PENGSHUI);

  test("people, merges, rejections", () => {
    expect(people(r)).toEqual([
      ["甲", "稳定脱贫人口", "一档", 400, 15, 0, 385, "县农业农村委"],
      ["乙", "重点优抚对象（四类人员）", "二档", 775, 775, 0, 0, "县退役军人事务局"],
      ["丙", "城乡最低生活保障人员", "二档", 775, 400, 0, 375, "县民政局"],
      ["丁", "因病致贫重病患者", "一档", 400, 280, 0, 120, "县民政局"],
      ["戊", "计生优抚（奖扶）人员", "二档", 775, 320, 0, 455, "县卫生健康委"],
    ]);
    expect(r.people[3].id).toBe(PS_IDS.ding);
    expect(r.merged.map((m) => [m.row, m.into.row, m.kind])).toEqual([
      [12, 2, "duplicate"],
      [7, 3, "identity"],
    ]);
    expect(r.rejected.map((x) => [x.row, x.code])).toEqual([
      [8, "ID"],
      [9, "TIER_NOT_ALLOWED"],
      [10, "NOT_SUBSIDISED"],
      [11, "CATEGORY"],
      [13, "ID"],
    ]);
    balance(r);
  });

  test("lines and totals", () => {
    expect(
      r.lines.map((l) => [l.department, l.category, l.tier, l.count, l.subsidyEach, l.subsidyTotal])
    ).toEqual([
      ["县民政局", "城乡最低生活保障人员", "二档", 1, 400, 400],
      ["县民政局", "因病致贫重病患者", "一档", 1, 280, 280],
      ["县退役军人事务局", "重点优抚对象（四类人员）", "二档", 1, 775, 775],
      ["县农业农村委", "稳定脱贫人口", "一档", 1, 15, 15],
      ["县卫生健康委", "计生优抚（奖扶）人员", "二档", 1, 320, 320],
    ]);
    expect(r.totals).toEqual({
      people: 5,
      standard: 3125,
      subsidy: 1790,
      fiscalSurcharge: 0,
      personal: 1335,
    });
  });
});

describe("双清 (hn-shuangqing-2025): single tier, no 参保档次 column", () => {
  test("the single tier is taken; an open subsidy is rejected until supplied", () => {
    const r = buildClaim([shuangqingRoster()], SHUANGQING);
    expect(people(r)).toEqual([
      ["刘甲", "特困供养人员", "单档", 400, 400, 0, 0, "区民政部门"],
      ["刘乙", "重度残疾人", "单档", 400, 400, 0, 0, "区残疾人联合会"],
      ["刘丙", "防止返贫监测对象", "单档", 400, 200, 0, 200, "区农业农村部门"],
      ["刘己", "重度残疾人", "单档", 400, 400, 0, 0, "区残疾人联合会"],
    ]);
    expect(r.merged.map((m) => [m.row, m.into.row])).toEqual([[3, 8]]);
    expect(r.rejected.map((x) => [x.row, x.code])).toEqual([
      [5, "OPEN_VALUE"],
      [6, "NOT_SUBSIDISED"],
    ]);
    expect(r.rejected[0].reason).toContain("请先确认后自行提供：在“政策设置”中填写");
    expect(r.rejected[0].reason).not.toContain("--set");
    // The key travels with the row: nobody has to read it out of the reason.
    expect(r.rejected[0].supplyKey).toBe("subsidy.其他困难群体");
    expect("supplyKey" in r.rejected[1]).toBe(false);
    expect(r.totals).toEqual({
      people: 4,
      standard: 1600,
      subsidy: 1400,
      fiscalSurcharge: 0,
      personal: 200,
    });
    balance(r);
  });

  test("with the open subsidy supplied the row is claimed", () => {
    const r = buildClaim([shuangqingRoster()], SHUANGQING, {
      supplied: { "subsidy.其他困难群体": 300 },
    });
    const ding = r.people.find((p) => p.name === "刘丁")!;
    expect([ding.category, ding.subsidy, ding.personal, ding.department]).toEqual([
      "其他困难群体",
      300,
      100,
      "区卫生健康部门",
    ]);
    // The 资助明细 sheet shows the warning: words and the amount, not the settings key.
    expect(ding.warnings).toContain("资助标准由用户提供（“其他困难群体”单档 300元）");
    expect(r.totals.subsidy).toBe(1700);
    balance(r);
  });

  test("a multi-tier region still needs its 参保档次 column", () => {
    const sheet = shuangqingRoster();
    expect(() => buildClaim([sheet], SHIZHU)).toThrow(RosterError);
    expect(() => buildClaim([sheet], SHIZHU)).toThrow(/缺少：参保档次/);
  });
});

describe("more faults", () => {
  const H = ["姓名", "身份证号码", "人员类别", "参保档次"];
  const id = SZ_IDS;

  test("an id cell typed as number (15 digits survive), with a leading apostrophe, or blank name", () => {
    const r = buildClaim(
      [
        {
          name: "S",
          rows: [
            H,
            ["甲", Number(id.wang3_15), "低保", "一档"],
            ["乙", `'${id.zhao4}`, "孤儿", "一档"],
            ["", id.chu12, "特扶", "一档"],
            ["丁", id.he21, "低保、重度残疾", "一档"],
            ["戊", id.you19, "特困人员（集中供养）", "2"],
            ["己", id.xu20, "低保", "775元"],
          ],
        },
      ],
      SHIZHU
    );
    expect(r.people.map((p) => [p.name, p.id, p.category, p.tier])).toEqual([
      ["甲", id.wang3_18, "城乡低保对象", "一档"],
      ["乙", id.zhao4, "城乡孤儿", "一档"],
      ["戊", id.you19, "特困人员", "二档"],
      ["己", id.xu20, "城乡低保对象", "二档"],
    ]);
    expect(r.rejected.map((x) => [x.row, x.reason])).toEqual([
      [4, "姓名为空"],
      [5, "一格只能填一个人员类别（本格有：低保、重度残疾）。多重身份请分行填写，按就高身份计"],
    ]);
  });

  test("several problems in one row are all named", () => {
    const r = buildClaim([{ name: "S", rows: [H, ["甲", "12345", "孤寡老人", "四档"]] }], SHIZHU);
    expect(r.rejected[0].reason).toMatch(
      /^身份证号码有误：.*位数不对.*；人员类别“孤寡老人”不在.*；参保档次“四档”无法识别/
    );
  });

  test("a repeated header and a title between two pasted rosters are ignored, not counted", () => {
    const r = buildClaim(
      [
        {
          name: "S",
          rows: [
            ["2025年度资助对象名单"],
            H,
            ["甲", id.zhang1, "低保", "一档"],
            [],
            ["2025年度特困人员花名册"],
            H,
            ["乙", id.li2, "特困", "一档"],
          ],
        },
      ],
      SHIZHU
    );
    expect(r.inputRows).toBe(2);
    expect(r.people.map((p) => p.name)).toEqual(["甲", "乙"]);
    expect(r.ignored.map((g) => [g.row, g.reason.slice(0, 6)])).toEqual([
      [5, "标题或说明行"],
      [6, "重复的表头行"],
    ]);
  });

  test("dates as Excel serials and Date objects", () => {
    const r = buildClaim(
      [
        {
          name: "S",
          rows: [
            [...H, "缴费日期"],
            ["甲", id.zhang1, "奖扶", "一档", 45870], // 2025-08-01
            ["乙", id.li2, "奖扶", "一档", new Date(Date.UTC(2024, 10, 20))],
          ],
        },
      ],
      SHIZHU
    );
    expect(r.people.map((p) => [p.personal, p.paidGiven])).toEqual([
      [80 + 670, true],
      [80, true],
    ]);
  });

  test("the invariant is checked on every claim (a bench-size roster)", () => {
    const rows: (string | null)[][] = [H];
    for (let i = 0; i < 500; i++)
      rows.push([
        `人${i}`,
        i % 7 === 0 ? null : Object.values(id)[i % 21],
        "低保",
        i % 2 ? "一档" : "二档",
      ]);
    const r = buildClaim([{ name: "S", rows }], SHIZHU);
    balance(r);
    expect(r.inputRows).toBe(500);
  });
});
