/** The text a clerk reads on the page, scanned for English codes, keys, policy ids and flags. */
import type { Page } from "playwright-core";
import { englishWords } from "../helpers/clerkText";

/**
 * The shell (title, policy choice, file box, status line) and the 检查任务分解表 and
 * 生成资助申报表 panels, shown or not: their text and the titles, placeholders and labels of
 * their elements. (政策设置 is checked by its own tests.)
 */
export async function englishOnPage(page: Page): Promise<string[]> {
  const texts = await page.evaluate(() => {
    const out: string[] = [];
    const roots = [
      ...document.querySelectorAll(".yb-header, .yb-top, .yb-status, .yb-tabs, #yb-panel-targets, #yb-panel-claim, .yb-preview-caption"),
    ];
    for (const root of roots) {
      out.push(root.textContent ?? "");
      for (const el of root.querySelectorAll("[title], [placeholder], [aria-label]"))
        for (const a of ["title", "placeholder", "aria-label"]) {
          const v = el.getAttribute(a);
          if (v) out.push(v);
        }
    }
    out.push(document.title);
    return out;
  });
  return texts.flatMap((t) => englishWords(t).map((w) => `${w} in “${t.slice(0, 100)}”`));
}
