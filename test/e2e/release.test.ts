/**
 * The release's 医保助手.html in headless Chromium, opened as a clerk does, by double-click
 * (file://), and served over http: a target check on 石柱's 附件1, a claim on 石柱's rosters whose
 * page figures and downloaded workbook's totals are the core's, the printed page (results without
 * the controls), and the Chinese message where the browser is an IE engine. Nothing may leave the
 * page. It takes the guide's screenshots (docs/guide/images/): every run writes them to
 * test-output/guide-images/, YIBAO_UPDATE_GUIDE_IMAGES=1 also into docs/guide/images/.
 */
import ExcelJS from "exceljs";
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { pathToFileURL } from "url";
import { execFileSync } from "child_process";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { buildClaim } from "../../src/core/claim/build";
import { getPolicy } from "../../src/core/policy/registry";
import { readWorkbookBytes } from "../../src/io/workbook";
import { writeXlsx } from "../../src/io/xlsxWriter";
import { asSpecs, shizhuRosters } from "../claim/fixtures";
import { set, shizhu } from "../targets/fixtures";
import { ensureRelease, NAME } from "../release/build";
import { OUTPUT, ROOT } from "./build";
import { CHROMIUM, FLAGS } from "./launch";
import { serve, type StaticServer } from "./server";
import { englishOnPage } from "./words";

jest.setTimeout(600_000);

const suite = process.env.YIBAO_SKIP_E2E === "1" ? describe.skip : describe;
const WORK = join(OUTPUT, "e2e-release");
const SHOTS = join(OUTPUT, "guide-images");
const GUIDE_IMAGES = join(ROOT, "docs/guide/images");

/** A screenshot for the guide: always to test-output, into docs/ when asked to. */
/** A picture for the guide: the page, or one part of it (`selector`). */
async function guideShot(page: Page, name: string, selector?: string): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  const file = join(SHOTS, name);
  await (selector ? page.locator(selector) : page).screenshot({ path: file });
  if (process.env.YIBAO_UPDATE_GUIDE_IMAGES === "1") copyFileSync(file, join(GUIDE_IMAGES, name));
  taken.add(name);
}
const taken = new Set<string>();

async function targetsFile(): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("附件1");
  // 石柱 附件1 (下路街道发〔2024〕78号) with a wrong total in C18 and 柏树社区's 2417 stored as text in C7.
  set(set(shizhu(), "C7", "2417"), "C18", 33800).forEach((r, i) =>
    r.forEach(
      (v, j) =>
        v !== null && v !== undefined && (ws.getCell(i + 1, j + 1).value = v as ExcelJS.CellValue)
    )
  );
  const file = join(WORK, "石柱附件1.xlsx");
  await wb.xlsx.writeFile(file);
  return file;
}

suite("医保助手.html from the release (headless Chromium)", () => {
  let single = "";
  let context: BrowserContext;
  let profile = "";
  let server: StaticServer;
  const requests: string[] = [];
  const errors: string[] = [];

  beforeAll(async () => {
    single = join(ensureRelease(), NAME, "医保助手.html");
    mkdirSync(WORK, { recursive: true });
    server = await serve(join(ensureRelease(), NAME));
    profile = mkdtempSync(join(tmpdir(), "yibao-chromium-"));
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      args: FLAGS,
      locale: "zh-CN",
      viewport: { width: 1280, height: 860 },
      acceptDownloads: true,
    });
    // Only the page itself (from disk or our server) and what it makes (data:, blob:).
    await context.route(/^(?!file:|data:|blob:|http:\/\/127\.0\.0\.1:)/, (route) => route.abort());
  });

  afterAll(async () => {
    await context?.close();
    await server?.close();
    if (profile) rmSync(profile, { recursive: true, force: true });
  });

  async function open(url: string): Promise<Page> {
    const page = await context.newPage();
    page.on("pageerror", (e) => errors.push(e.message));
    page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
    page.on("request", (r) => requests.push(r.url()));
    await page.goto(url);
    await page.waitForSelector("#yb-check", { state: "attached" });
    return page;
  }

  async function targetCheck(page: Page, shots: boolean): Promise<void> {
    await page.setInputFiles("#yb-file", await targetsFile());
    await page.waitForSelector("text=已打开：石柱附件1.xlsx");
    await page.selectOption("#yb-policy", "cq-shizhu-2025");
    await page.click("#yb-check");
    const sum = page.locator('.yb-finding[data-code="SUM_MISMATCH"]');
    await sum.waitFor();
    await expect(sum.getAttribute("data-cell")).resolves.toBe("C18");
    expect(await sum.textContent()).toContain("33828");
    await expect(
      page.locator('.yb-finding[data-code="TEXT_NUMBER"]').getAttribute("data-cell")
    ).resolves.toBe("C7");
    await expect(englishOnPage(page)).resolves.toEqual([]);
    if (shots) await guideShot(page, "targets.png");
  }

  async function claim(page: Page, label: string, shots: boolean): Promise<void> {
    const sheets = shizhuRosters();
    const file = join(WORK, "石柱花名册.xlsx");
    writeFileSync(file, await writeXlsx(asSpecs(sheets)));
    const policy = getPolicy("cq-shizhu-2025");
    const read = await readWorkbookBytes(new Uint8Array(readFileSync(file)), "石柱花名册.xlsx");
    const expected = buildClaim(read, policy, {
      sheets: sheets.map((s) => s.name),
      date: policy.collectionEnd,
      supplied: {},
    });

    await page.setInputFiles("#yb-file", file);
    await page.waitForSelector("text=已打开：石柱花名册.xlsx");
    await page.selectOption("#yb-policy", "cq-shizhu-2025");
    await page.click("#yb-tab-claim");
    await page.waitForSelector("#yb-claim-sheets .yb-sheet-item");
    await page.click("#yb-claim-run");
    await page.waitForSelector("#yb-claim-summary");
    const value = async (id: string): Promise<number> =>
      Number(await page.getAttribute(id, "data-value"));
    await expect(value("#yb-claim-input")).resolves.toBe(expected.inputRows);
    await expect(value("#yb-claim-people")).resolves.toBe(expected.people.length);
    await expect(value("#yb-claim-subsidy")).resolves.toBe(expected.totals.subsidy);
    await expect(value("#yb-claim-personal")).resolves.toBe(expected.totals.personal);
    await expect(englishOnPage(page)).resolves.toEqual([]);
    if (shots) await guideShot(page, "claim.png");

    // The claim workbook, made in the page's worker: its detail adds up to the core's totals.
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.click("#yb-claim-download"),
    ]);
    const saved = join(WORK, `${label}-${download.suggestedFilename()}`);
    await download.saveAs(saved);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(saved);
    const detail = wb.getWorksheet("资助明细")!;
    const header = (detail.getRow(1).values as ExcelJS.CellValue[]).map(String);
    const total = (name: string): number => {
      const col = header.indexOf(name);
      expect(col).toBeGreaterThan(0);
      let cents = 0;
      detail.eachRow((row, n) => {
        if (n > 1) cents += Math.round(Number(row.getCell(col).value ?? 0) * 100);
      });
      return cents / 100;
    };
    expect(detail.rowCount).toBe(expected.people.length + 1);
    expect(total("资助金额")).toBe(expected.totals.subsidy);
    expect(total("个人缴费")).toBe(expected.totals.personal);
    expect(total("缴费标准")).toBe(expected.totals.standard);
  }

  test("double-clicked (file://): open, check, claim, download; the guide's screenshots", async () => {
    const page = await open(pathToFileURL(single).href);
    await expect(page.locator("#yb-unsupported").count()).resolves.toBe(0);
    await guideShot(page, "start.png");
    await targetCheck(page, true);

    // Ctrl+P: the findings and the progress, not the buttons, the file box or the preview.
    await page.emulateMedia({ media: "print" });
    await expect(page.locator("#yb-findings").isVisible()).resolves.toBe(true);
    for (const hidden of ["#yb-check", "#yb-drop", "#yb-preview", "#yb-policy", ".yb-tabs"])
      await expect(page.locator(hidden).first().isVisible()).resolves.toBe(false);
    await page.emulateMedia({ media: null });
    const pdf = join(WORK, "打印-检查任务分解表.pdf");
    await page.pdf({ path: pdf, format: "A4", printBackground: true });
    const text = execFileSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8" });
    expect(text).toContain("各单位之和 33,828");
    expect(text).not.toContain("打开 .xlsx");
    expect(text).not.toContain("清除标记");
    execFileSync("pdftoppm", [
      "-png",
      "-r",
      "60",
      "-f",
      "1",
      "-l",
      "1",
      pdf,
      join(WORK, "打印-检查任务分解表"),
    ]);

    await page.click("#yb-tab-settings");
    await page.waitForSelector("#yb-settings-summary");
    await guideShot(page, "settings.png");
    await guideShot(page, "policy-table.png", "#yb-policy-table");
    await claim(page, "file", true);
    await page.click("#yb-tab-match");
    await guideShot(page, "match.png");
    await page.click("#yb-tab-cash");
    await guideShot(page, "cash.png");
    await page.close();
  });

  test("served over http: the same check and claim", async () => {
    const page = await open(`${server.origin}/${encodeURIComponent("医保助手.html")}`);
    await targetCheck(page, false);
    await claim(page, "http", false);
    await page.close();
  });

  // Chromium runs the page's script, so an engine that cannot is made by taking away what the
  // page's start needs (replaceChildren, which old Chromium cores in 360 lack).
  const cannotStart = (): void => {
    delete (Element.prototype as Partial<Element>).replaceChildren;
  };

  test("an IE engine (360's 兼容模式) is told in Chinese to switch to 极速模式", async () => {
    const page = await context.newPage();
    await page.addInitScript(cannotStart);
    await page.addInitScript(() => Object.defineProperty(document, "documentMode", { value: 11 }));
    await page.goto(pathToFileURL(single).href);
    const message = (await page.locator("#yb-unsupported").textContent()) ?? "";
    expect(message).toContain("兼容模式");
    expect(message).toContain("极速模式");
    await page.close();
  });

  test("a browser too old for the page says so in Chinese, not a blank page", async () => {
    const page = await context.newPage();
    await page.addInitScript(cannotStart);
    await page.goto(pathToFileURL(single).href);
    const message = (await page.locator("#yb-unsupported").textContent()) ?? "";
    expect(message).toContain("版本太旧");
    expect(message).toContain("极速模式");
    await page.close();
  });

  test("every image the guide shows is one this test takes; nothing left the page", () => {
    const linked = new Set<string>();
    for (const f of readdirSync(join(ROOT, "docs/guide")).filter((f) => f.endsWith(".md")))
      for (const m of readFileSync(join(ROOT, "docs/guide", f), "utf8").matchAll(
        /!\[[^\]]*\]\(images\/([^)\s]+)/g
      ))
        linked.add(m[1]);
    expect([...linked].filter((n) => !taken.has(n))).toEqual([]);
    for (const n of taken) expect(statSync(join(SHOTS, n)).size).toBeGreaterThan(10_000);
    const outside = requests.filter(
      (u) => !/^(file:|data:|blob:)/.test(u) && !u.startsWith(server.origin + "/")
    );
    expect(outside).toEqual([]);
    expect(errors).toEqual([]);
  });
});
