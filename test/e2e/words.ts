/** The text a clerk reads on the page, scanned for English codes, keys, policy ids and flags. */
import type { Page } from "playwright-core";
import { englishWords } from "../helpers/clerkText";

/**
 * Every panel of the page, shown or not (政策设置, 检查任务分解表, 生成资助申报表, 参保比对,
 * 现金台账, the shell and the preview): each text node outside scripts and styles, the
 * titles, placeholders, labels and alt texts of the elements, the options of every list and
 * the values of the buttons, and the document's title.
 */
export async function englishOnPage(page: Page): Promise<string[]> {
  const texts = await page.evaluate(() => {
    const out: string[] = [document.title];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT, {
      acceptNode: (n) =>
        n.parentElement?.closest("script, style, template, noscript")
          ? NodeFilter.FILTER_REJECT
          : NodeFilter.FILTER_ACCEPT,
    });
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const t = (n.textContent ?? "").trim();
      if (t) out.push(t);
    }
    for (const el of document.body.querySelectorAll("*"))
      for (const a of ["title", "placeholder", "aria-label", "alt"]) {
        const v = el.getAttribute(a);
        if (v) out.push(v);
      }
    for (const el of document.body.querySelectorAll('input[type="button"], input[type="submit"]'))
      out.push((el as HTMLInputElement).value);
    return out;
  });
  return texts.flatMap((t) => englishWords(t).map((w) => `${w} in “${t.slice(0, 100)}”`));
}
