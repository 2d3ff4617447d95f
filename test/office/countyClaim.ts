/**
 * A county's claim through the Office.js layer, shared by test/office/claim.test.ts (at a
 * size that keeps `npm test` quick) and `npm run bench` (200,000 rows): a generated roster in
 * the Office fake (excelMock.ts, which refuses a round trip over 5 MB as Excel on the web
 * does) is listed, read in blocks, built by the core and written as new sheets, as the task
 * pane does it; the round trips of each step and their sizes are counted.
 */
/// <reference types="office-js" />
import type { ClaimResult } from "../../src/core/claim/build";
import { checkDigit } from "../../src/core/idNumber";
import { getPolicy } from "../../src/core/policy/registry";
import { OfficeHost } from "../../src/office/host";
import { generateClaim, Step } from "../../src/ui/claim/generate";
import { choicesOf, HEAD_ROWS, RosterChoice } from "../../src/ui/claim/rosters";
import type { PolicyStore, SheetHead } from "../../src/ui/host";
import { MockExcel, RoundTrip } from "./excelMock";

export const store: PolicyStore = {
  load: async () => ({ policyId: "cq-shizhu-2025", supplied: {} }),
  savePolicyId: async () => undefined,
};
export const policy = getPolicy("cq-shizhu-2025");

// 石柱's 附件1 villages, from the policy data.
const VILLAGES = policy.villages()!.value;
const CATEGORIES = [
  "低保",
  "特困",
  "低保边缘户",
  "重度残疾",
  "三四级残疾人",
  "返贫致贫",
  "脱贫不稳定户",
  "计生特扶",
  "孤儿",
];
const SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗";
const GIVEN = "德文明华国建志永秀英兰芳玉春梅丽军平红霞";

type Cell = string | number | boolean;

/** The birth date of row i as YYYYMMDD, spread over 1940–2008 (all valid days). */
function birth(i: number): string {
  const d = new Date(Date.UTC(1940, 0, 1) + (i % 25_000) * 86_400_000);
  return `${d.getUTCFullYear()}${String(d.getUTCMonth() + 1).padStart(2, "0")}${String(d.getUTCDate()).padStart(2, "0")}`;
}

/**
 * A county's roster: a title, the header in row 3, then `rows` data rows. Every 1,000th ID
 * was pasted as a number (Excel kept 15 significant digits), every 500th row repeats the
 * last accepted person under another identity, every 777th has a category 石柱 does not have.
 */
export function countyRoster(rows: number): Cell[][] {
  const out: Cell[][] = [
    ["石柱县2025年度资助参保对象花名册"],
    [],
    ["序号", "村（社区）", "姓名", "身份证号码", "人员类别", "参保档次"],
  ];
  let lastGood: Cell[] = [];
  for (let i = 1; i <= rows; i++) {
    if (i % 500 === 0) {
      // The same person again from another department's list, with another identity.
      out.push([i, lastGood[1], lastGood[2], lastGood[3], "重度残疾", lastGood[5]]);
      continue;
    }
    // Sequence numbers spread over 000..999, so that IDs ending in 000 are as rare as in a
    // real roster (a column with many is judged damaged by Excel, issue 14).
    const sequence = (Math.floor(i / 25_000) * 37 + 123) % 1000;
    const first17 = `500240${birth(i)}${String(sequence).padStart(3, "0")}`;
    const id = first17 + checkDigit(first17);
    const row: Cell[] = [
      i,
      VILLAGES[i % VILLAGES.length],
      SURNAMES[i % SURNAMES.length] +
        GIVEN[(i * 7) % GIVEN.length] +
        GIVEN[(i * 13) % GIVEN.length],
      i % 1000 === 1 ? Number(id.slice(0, 15)) * 1000 : id,
      i % 777 === 0 ? "低收入人口" : CATEGORIES[i % CATEGORIES.length],
      i % 3 === 0 ? "一档" : "二档",
    ];
    out.push(row);
    if (typeof row[3] === "string" && row[4] !== "低收入人口") lastGood = row;
  }
  return out;
}

export interface StepCall {
  step: Step;
  share: number;
  rows?: { done: number; total: number };
  sync: number;
}

export interface CountyRun {
  excel: MockExcel;
  roster: Cell[][];
  heads: SheetHead[];
  choices: RosterChoice[];
  calls: StepCall[];
  result: ClaimResult;
  written: string[] | null;
  /** Round trips of listing the sheets, reading the roster, the names looked up before writing, and writing. */
  syncs: { list: number; read: number; between: number; write: number };
  readTrips: RoundTrip[];
  writeTrips: RoundTrip[];
  /** The largest request and response of the whole run, in bytes. */
  largestRequest: number;
  largestResponse: number;
}

/** The sheets of the workbook before the claim: the roster, an old 公示名单 and a note (active). */
export const EXISTING = ["花名册", "公示名单", "说明"];

export async function runCountyClaim(rows: number, publicNotice = true): Promise<CountyRun> {
  const roster = countyRoster(rows);
  const excel = new MockExcel(
    [
      { name: "花名册", cells: roster },
      { name: "公示名单", cells: [["上次的公示名单"]] },
      { name: "说明", cells: [["各部门花名册汇总"]] },
    ],
    "说明"
  );
  const host = new OfficeHost(excel.run, store);
  let mark = excel.syncCount;
  const heads = await host.listSheets(HEAD_ROWS);
  const list = excel.syncCount - mark;
  const choices = choicesOf(heads, false);
  const calls: StepCall[] = [];
  mark = excel.syncCount;
  const { result, written } = await generateClaim(host, choices, {
    policy,
    date: policy.collectionEnd,
    supplied: {},
    publicNotice,
    onStep: (step, share, r) => calls.push({ step, share, rows: r, sync: excel.syncCount }),
  });
  const firstOf = (step: Step) => calls.find((c) => c.step === step)!.sync;
  const read = firstOf("build") - mark;
  // Between: the names taken now (sheetNames, hidden sheets too) and insertSheets' own look at them.
  const between = calls.filter((c) => c.step === "write")[0].sync - firstOf("build");
  const write = excel.syncCount - mark - read - between;
  const readTrips = excel.roundTrips.slice(mark, mark + read);
  const writeTrips = excel.roundTrips.slice(mark + read + between);
  return {
    excel,
    roster,
    heads,
    choices,
    calls,
    result,
    written,
    syncs: { list, read, between, write },
    readTrips,
    writeTrips,
    largestRequest: Math.max(...excel.roundTrips.map((t) => t.requestBytes)),
    largestResponse: Math.max(...excel.roundTrips.map((t) => t.responseBytes)),
  };
}
