/**
 * The blank roster and claim templates as printed through LibreOffice: one page wide, every
 * column on the page, the title in the page header and 第 N 页 共 M 页 in the footer.
 */
import { templateSheets } from "../../src/core/claim/templates";
import { getPolicy } from "../../src/core/policy/registry";
import { writeXlsx } from "../../src/io/xlsxWriter";
import { printXlsx } from "../helpers/pdf";

jest.setTimeout(180_000);

test.each([
  ["claim", "cq-shizhu-2025"],
  ["claim", "cq-pengshui-2025"],
  ["roster", "cq-shizhu-2025"],
] as const)("%s template (%s): one page wide, all columns, title and page numbers", async (kind, id) => {
  const specs = templateSheets(kind, getPolicy(id));
  const printed = printXlsx(await writeXlsx(specs), `${kind}-template-${id}`, { png: true });
  const main = specs[0];
  const title = main.print!.title!;
  const pages = printed.pagesWith(title);
  expect(pages.length).toBeGreaterThanOrEqual(1);
  // The header row's last column is on the first page (one page wide: nothing falls off).
  const headers = main.cells[2].map((c) => String(c!.value));
  const first = printed.text[pages[0]].replace(/\s+/g, "");
  for (const h of headers) expect(first).toContain(h.replace(/\s+/g, ""));
  printed.text.forEach((t) => expect(t).toMatch(/第\s*\d+\s*页\s*共\s*\d+\s*页/));
  // The claim template's table fits one page; a blank roster is one page of ruled rows.
  expect(pages).toHaveLength(1);
});
