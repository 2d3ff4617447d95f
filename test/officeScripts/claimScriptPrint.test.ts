/**
 * What a clerk gets from 生成资助申报表 run as an Office Script, looked at as a person would:
 * the workbook the script wrote (saved by the memory workbook as Excel would save it) printed
 * through LibreOffice has the same pages per sheet as the `yibao claim --out` file, and its
 * live formulas, recalculated, give the same numbers as the file's.
 */
import fs from "fs";
import os from "os";
import path from "path";
import { listPolicies } from "../../src/core/policy/registry";
import { recalcXlsx } from "../helpers/libreoffice";
import { printXlsx } from "../helpers/pdf";
import { yibao } from "../cli/run";
import { shizhuRosters } from "../claim/fixtures";
import { MemoryWorkbook } from "./memoryWorkbook";
import { runScript } from "./run";

const { buildAll } = require("../../scripts/office-scripts/build.js") as {
  buildAll: (o: { policies: unknown[]; outDir: null }) => { name: string; source: string }[];
};

jest.setTimeout(300_000);

const rosterBook = (): MemoryWorkbook => {
  const data: Record<string, (string | number)[][]> = {};
  for (const s of shizhuRosters())
    data[s.name] = s.rows.map((r) => r.map((v) => (v ?? "") as string | number));
  return MemoryWorkbook.from(data);
};

let scriptXlsx: Uint8Array;
let fileXlsx: Uint8Array;
let written: string[];
beforeAll(async () => {
  const [built] = buildAll({ policies: listPolicies().map((m) => m.policy), outDir: null });
  const wb = rosterBook();
  runScript(built.source, wb, "cq-shizhu-2025");
  written = wb.sheets.slice(3).map((s) => s.name);
  wb.sheets.splice(0, 3); // the claim's sheets only, as in the file
  scriptXlsx = await wb.toXlsx();

  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "yibao-claim-print-"));
  try {
    const input = path.join(dir, "花名册.xlsx");
    const out = path.join(dir, "申报表.xlsx");
    fs.writeFileSync(input, await rosterBook().toXlsx());
    await yibao("claim", input, "--policy", "cq-shizhu-2025", "--out", out);
    fileXlsx = new Uint8Array(fs.readFileSync(out));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}, 300_000);

it("prints as the file does: the same pages per sheet, 申报汇总 on one page", () => {
  const script = printXlsx(scriptXlsx, "office-script-claim", { png: true });
  const file = printXlsx(fileXlsx, "office-script-claim-file");
  expect(script.pages).toBe(file.pages);
  const summary = script.pagesWith("申报汇总表");
  expect(summary).toHaveLength(1);
  expect(script.text.every((t) => /第\s*\d+\s*页\s*共\s*\d+\s*页/.test(t))).toBe(true);
  expect(script.text.map((t) => t.split("\n")[0].trim())).toEqual(
    file.text.map((t) => t.split("\n")[0].trim())
  );
});

it("its live formulas, recalculated, give the file's numbers", async () => {
  const script = await recalcXlsx(scriptXlsx);
  const file = await recalcXlsx(fileXlsx);
  let formulas = 0;
  for (const name of written) {
    const a = script.workbook.getWorksheet(name)!;
    const b = file.workbook.getWorksheet(name)!;
    expect(b).toBeDefined();
    a.eachRow((row) =>
      row.eachCell((cell) => {
        if (!script.isFormula(name, cell.address)) return;
        formulas++;
        expect([name, cell.address, script.value(name, cell.address)]).toEqual([
          name,
          cell.address,
          file.value(name, cell.address),
        ]);
      })
    );
  }
  expect(formulas).toBeGreaterThan(50);
});
