/**
 * Just enough of the DOM for a panel to render in Node (what src/ui/dom.ts and the panels
 * call), so a test can read the text a clerk would see without a browser.
 */
class FakeNode {
  parentNode: FakeNode | null = null;
  childNodes: FakeNode[] = [];
  constructor(protected ownText = "") {}
  get firstChild(): FakeNode | null {
    return this.childNodes[0] ?? null;
  }
  appendChild(c: FakeNode): FakeNode {
    c.parentNode = this;
    this.childNodes.push(c);
    return c;
  }
  append(...cs: FakeNode[]): void {
    for (const c of cs) this.appendChild(c);
  }
  replaceChildren(...cs: FakeNode[]): void {
    this.childNodes = [];
    this.append(...cs);
  }
  removeChild(c: FakeNode): FakeNode {
    this.childNodes = this.childNodes.filter((x) => x !== c);
    return c;
  }
  get textContent(): string {
    return this.ownText + this.childNodes.map((c) => c.textContent).join("");
  }
  set textContent(t: string) {
    this.childNodes = [];
    this.ownText = t;
  }
}

export class FakeElement extends FakeNode {
  attributes = new Map<string, string>();
  dataset: Record<string, string> = {};
  className = "";
  id = "";
  title = "";
  hidden = false;
  disabled = false;
  value = "";
  listeners = new Map<string, (() => void)[]>();
  constructor(readonly tagName: string) {
    super();
  }
  setAttribute(k: string, v: string): void {
    this.attributes.set(k, v);
  }
  getAttribute(k: string): string | null {
    return this.attributes.get(k) ?? null;
  }
  removeAttribute(k: string): void {
    this.attributes.delete(k);
  }
  addEventListener(name: string, fn: () => void): void {
    this.listeners.set(name, [...(this.listeners.get(name) ?? []), fn]);
  }
  get classList() {
    const names = () => this.className.split(/\s+/).filter(Boolean);
    return {
      add: (c: string) => void (this.className = [...names(), c].join(" ")),
      remove: (c: string) =>
        void (this.className = names()
          .filter((x) => x !== c)
          .join(" ")),
      toggle: (c: string, on: boolean) =>
        void (this.className = [...names().filter((x) => x !== c), ...(on ? [c] : [])].join(" ")),
      contains: (c: string) => names().includes(c),
    };
  }
  focus(): void {}
  scrollIntoView(): void {}
  /** Elements below by tag name only (what the panels ask for); any other selector is refused. */
  querySelectorAll(selector: string): FakeElement[] {
    if (!/^[a-z][a-z0-9]*$/.test(selector)) throw new Error(`fake DOM: selector ${selector}`);
    return this.all().filter((e) => e.tagName === selector);
  }
  /** Every element below, depth first. */
  all(): FakeElement[] {
    return this.childNodes.flatMap((c) => (c instanceof FakeElement ? [c, ...c.all()] : []));
  }
  /** Every string a reader meets: text, and the attributes a screen reader or a tooltip shows. */
  visibleStrings(): string[] {
    const own = [
      this.ownText,
      ...this.childNodes.filter((c) => !(c instanceof FakeElement)).map((c) => c.textContent),
    ];
    const attrs = ["placeholder", "aria-label", "title"].map((a) => this.getAttribute(a) ?? "");
    return [
      ...own,
      ...attrs,
      this.title,
      ...this.childNodes.flatMap((c) => (c instanceof FakeElement ? c.visibleStrings() : [])),
    ].filter((s) => s.trim() !== "");
  }
}

/** Installs the fake as the global document; returns a function that removes it. */
export function installFakeDocument(): () => void {
  const g = globalThis as Record<string, unknown>;
  g.document = {
    createElement: (tag: string) => new FakeElement(tag),
    createTextNode: (text: string) =>
      new (FakeNode as unknown as new (t: string) => FakeNode)(text),
  };
  return () => delete g.document;
}
