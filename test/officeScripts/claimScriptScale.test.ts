/**
 * 生成资助申报表 on a county's roster: 100,000 rows (YIBAO_OS_ROWS to change it) read and
 * written in blocks with no request or response over Excel on the web's 5 MB, the same
 * result as `yibao claim --json` on the same sheet saved as .xlsx, and the roster unchanged.
 */
import fs from "fs";
import os from "os";
import path from "path";
import { listPolicies } from "../../src/core/policy/registry";
import type { CellValue } from "../../src/core/sheet/address";
import { yibao } from "../cli/run";
import { withCheck } from "../claim/fixtures";
import { MemoryWorkbook, REQUEST_LIMIT_BYTES } from "./memoryWorkbook";
import { runScript } from "./run";

const { buildAll } = require("../../scripts/office-scripts/build.js") as {
  buildAll: (o: { policies: unknown[]; outDir: null }) => { name: string; source: string }[];
};

const ROWS = Number(process.env.YIBAO_OS_ROWS ?? 100_000);

jest.setTimeout(300_000);

const CATEGORIES = [
  "城乡低保对象",
  "特困人员",
  "城乡孤儿",
  "低保边缘户",
  "城乡重度（一、二级）残疾人员",
  "计生优抚（奖扶）对象",
  "脱贫不稳定户",
  "边缘易致贫户",
  "突发严重困难户",
  "普通居民", // not subsidised: rejected with its reason
];
const VILLAGES = ["红岩社区", "柏树社区", "银河社区", "白鹤村", "高平村", "湖海村"];

/** A 石柱 roster of `n` distinct people (every ID valid), a tenth of them not subsidised. */
function countyRoster(n: number): CellValue[][] {
  const rows: CellValue[][] = [
    ["序号", "村（社区）", "姓名", "身份证号码", "人员类别", "参保档次"],
  ];
  for (let i = 0; i < n; i++) {
    const year = 1950 + (i % 50);
    const month = 1 + (Math.floor(i / 50) % 12);
    const day = 1 + (Math.floor(i / 600) % 28);
    const seq = Math.floor(i / 16_800);
    const birth = `${year}${String(month).padStart(2, "0")}${String(day).padStart(2, "0")}`;
    const id = withCheck(`500240${birth}${String(seq).padStart(2, "0")}${i % 10}`);
    rows.push([
      i + 1,
      VILLAGES[i % VILLAGES.length],
      `居民${i + 1}`,
      id,
      CATEGORIES[i % CATEGORIES.length],
      i % 3 === 0 ? "二档" : "一档",
    ]);
  }
  return rows;
}

it(`${ROWS} rows: no request over 5 MB, the CLI's result, the roster unchanged`, async () => {
  const [built] = buildAll({ policies: listPolicies().map((m) => m.policy), outDir: null });
  const rows = countyRoster(ROWS);
  const wb = MemoryWorkbook.from({ 花名册: rows as (string | number)[][] });
  const before = wb.getWorksheet("花名册")!.dump();

  const started = Date.now();
  const got = runScript(built.source, wb, "cq-shizhu-2025") as {
    inputRows: number;
    people: number;
    rejected: unknown[];
  };
  const seconds = (Date.now() - started) / 1000;
  // The figure the README's 能处理多少行 quotes: the script's own work, without Excel's.
  console.log(
    `生成资助申报表 ${ROWS.toLocaleString("en")} 行：${wb.requests.reads} 次读、${wb.requests.writes} 次写，` +
      `最大 ${(wb.requests.largestBytes / 1e6).toFixed(2)} MB，本机 ${seconds.toFixed(1)} 秒（每秒 ${Math.round(ROWS / seconds).toLocaleString("en")} 行）`
  );
  expect(wb.requests.largestBytes).toBeLessThan(REQUEST_LIMIT_BYTES);
  expect(got.inputRows).toBe(ROWS);
  expect(got.people + got.rejected.length).toBe(ROWS);
  expect(wb.getWorksheet("资助明细")!.dump().values.length).toBeGreaterThan(got.people);
  expect(wb.getWorksheet("花名册")!.dump()).toEqual(before);

  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "yibao-claim-scale-"));
  try {
    const file = path.join(dir, "花名册.xlsx");
    fs.writeFileSync(
      file,
      await MemoryWorkbook.from({ 花名册: rows as (string | number)[][] }).toXlsx()
    );
    const cli = await yibao("claim", file, "--policy", "cq-shizhu-2025", "--json");
    expect(got).toEqual(cli.json());
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
