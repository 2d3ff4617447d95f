/**
 * Printing a written workbook as a clerk would: LibreOffice headless converts it to PDF (with
 * the sheets' own page setup), poppler counts the pages, gives each page's text (to tell
 * which sheet a page belongs to, by the title in its page header) and renders PNGs into
 * test-output/ for a person to look at.
 */
import { spawnSync } from "child_process";
import fs from "fs";
import os from "os";
import path from "path";
import { sofficePath } from "./libreoffice";

export interface Printed {
  pages: number;
  /** The text of each page (pdftotext -layout), 0-based. */
  text: string[];
  /** Pages whose text includes `needle` (e.g. a sheet's title in the page header). */
  pagesWith(needle: string): number[];
  /** The PDF's path (kept in test-output/). */
  pdf: string;
}

export const OUTPUT_DIR = path.join(__dirname, "..", "..", "test-output");

function run(cmd: string, args: string[]): string {
  const r = spawnSync(cmd, args, { encoding: "utf8", timeout: 540_000 });
  if (r.status !== 0)
    throw new Error(`${cmd} ${args.join(" ")} 失败：${r.stderr || r.error?.message}`);
  return r.stdout;
}

/** Converts the workbook to PDF, keeps it (and PNGs of its pages when `png`) as test-output/<name>. */
export function printXlsx(
  xlsx: Uint8Array,
  name: string,
  options: { png?: boolean } = {}
): Printed {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "yibao-pdf-"));
  try {
    const profile = path.join(dir, "profile");
    fs.mkdirSync(profile);
    const input = path.join(dir, `${name}.xlsx`);
    fs.writeFileSync(input, xlsx);
    run(sofficePath(), [
      `-env:UserInstallation=file://${profile}`,
      "--headless",
      "--norestore",
      "--convert-to",
      "pdf",
      "--outdir",
      dir,
      input,
    ]);
    fs.mkdirSync(OUTPUT_DIR, { recursive: true });
    const pdf = path.join(OUTPUT_DIR, `${name}.pdf`);
    fs.copyFileSync(path.join(dir, `${name}.pdf`), pdf);
    const info = run("pdfinfo", [pdf]);
    const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1] ?? "0");
    const text: string[] = [];
    for (let p = 1; p <= pages; p++)
      text.push(run("pdftotext", ["-layout", "-f", String(p), "-l", String(p), pdf, "-"]));
    if (options.png) run("pdftoppm", ["-png", "-r", "60", pdf, path.join(OUTPUT_DIR, name)]);
    return {
      pages,
      text,
      pdf,
      pagesWith: (needle) => text.flatMap((t, i) => (t.includes(needle) ? [i] : [])),
    };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Converts many workbooks to PDF in one soffice run (LibreOffice starts slowly) and returns
 * those it gave no PDF, or only an empty one, for.
 */
export function unconvertedToPdf(files: string[], outDir: string): string[] {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), "yibao-lo-"));
  try {
    run(sofficePath(), [
      `-env:UserInstallation=file://${profile}`,
      "--headless",
      "--norestore",
      "--convert-to",
      "pdf",
      "--outdir",
      outDir,
      ...files,
    ]);
  } finally {
    fs.rmSync(profile, { recursive: true, force: true });
  }
  return files.filter((f) => {
    const pdf = path.join(outDir, path.basename(f).replace(/\.[^.]+$/, ".pdf"));
    return !fs.existsSync(pdf) || fs.statSync(pdf).size < 1000;
  });
}
