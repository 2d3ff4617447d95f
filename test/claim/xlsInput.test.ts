/**
 * A roster in the old .xls format (departments still send them) is read like its .xlsx:
 * LibreOffice converts the fixture to a real BIFF8 .xls, and `yibao claim` on it gives the
 * same claim, the same nothing-lost equation and the same workbook rows as on the .xlsx.
 */
import { spawnSync } from "child_process";
import fs from "fs";
import os from "os";
import path from "path";
import { main, Io } from "../../src/cli/main";
import { readWorkbookFile } from "../../src/io/files";
import { writeXlsx } from "../../src/io/xlsxWriter";
import { sofficePath } from "../helpers/libreoffice";
import { asSpecs, shizhuRosters } from "./fixtures";

jest.setTimeout(180_000);

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "yibao-xls-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const io: Io = { out: (t) => (out += t + "\n"), err: (t) => (err += t + "\n") };
  const code = await main(argv, io);
  return { code, out, err };
}

const xlsx = path.join(dir, "花名册.xlsx");
const xls = path.join(dir, "花名册.xls");

beforeAll(async () => {
  fs.writeFileSync(xlsx, await writeXlsx(asSpecs(shizhuRosters())));
  const profile = path.join(dir, "lo-profile");
  const r = spawnSync(
    sofficePath(),
    [
      `-env:UserInstallation=file://${profile}`,
      "--headless",
      "--convert-to",
      "xls:MS Excel 97",
      "--outdir",
      dir,
      xlsx,
    ],
    { encoding: "utf8", timeout: 120_000 }
  );
  if (!fs.existsSync(xls)) throw new Error(`LibreOffice 未能转换为 .xls：${r.stderr}`);
});

test("the converted file is a real .xls (an OLE compound file), not a renamed .xlsx", () => {
  const head = fs.readFileSync(xls).subarray(0, 8);
  expect([...head]).toEqual([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
});

test("an .xls is read sheet by sheet, cell by cell, as its .xlsx", async () => {
  const a = await readWorkbookFile(xlsx);
  const b = await readWorkbookFile(xls);
  expect(b.map((s) => s.name)).toEqual(a.map((s) => s.name));
  expect(b.map((s) => s.rows)).toEqual(a.map((s) => s.rows));
});

test("yibao claim on the .xls gives the .xlsx's claim, every row accounted for", async () => {
  const a = await run("claim", xlsx, "--policy", "cq-shizhu-2025", "--json");
  const b = await run("claim", xls, "--policy", "cq-shizhu-2025", "--json");
  expect(b.code).toBe(a.code);
  const [ja, jb] = [JSON.parse(a.out), JSON.parse(b.out)];
  expect(jb).toEqual(ja);
  expect(jb.inputRows).toBe(jb.people + jb.merged.length + jb.rejected.length + jb.ignored.length);
  expect(jb.people).toBeGreaterThan(0);
});
