/**
 * What every panel shares: the context it is mounted with, one piece of work at a time
 * (guard: a second click while the first runs is ignored, the buttons say so, an error ends
 * on the status line in Chinese), clearing the marks a check left in the sheet, and the
 * PanelDef that makes the panel a tab of the app.
 */
import type { PanelContext, PanelDef, StatusKind } from "./app";
import { errorText } from "./dom";

export abstract class Panel {
  protected ctx!: PanelContext;
  protected busy = false;
  /** Set when the running work said how it ended; guard then leaves the status line alone. */
  private said = false;

  mount(container: HTMLElement, ctx: PanelContext): void {
    this.ctx = ctx;
    this.build(container);
  }

  /** Brought to the front from another panel; `detail` says what to show. */
  show?(detail?: string): void;

  /** Builds the panel's controls into `container` (this.ctx is set). */
  protected abstract build(container: HTMLElement): void;

  /** Enables or disables the panel's buttons for this.busy (and whatever else they depend on). */
  protected setEnabled(): void {}

  /** Says something on the status line. */
  protected status(message: string, kind?: StatusKind): void {
    this.said = true;
    this.ctx.status(message, kind);
  }

  /**
   * Runs `work` unless other work of this panel is running. `what` (if given) shows on the
   * status line meanwhile and is taken away after if the work said nothing; an error thrown
   * by the work is shown instead.
   */
  protected async guard(what: string, work: () => Promise<void>): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    this.setEnabled();
    if (what) this.ctx.status(what, "busy");
    this.said = false;
    try {
      await work();
      if (what && !this.said) this.ctx.status("");
    } catch (e) {
      this.ctx.status(errorText(e), "error");
    } finally {
      this.said = false;
      this.busy = false;
      this.setEnabled();
    }
  }

  /** Takes away the marks this tool put on the clerk's cells (the clerk's own formats stay). */
  protected async clearMarks(): Promise<void> {
    await this.guard("正在清除标记……", async () => {
      const n = await this.ctx.host.clearHighlights();
      this.status(n > 0 ? "已清除本工具加的标记。" : "没有需要清除的标记。", "success");
    });
  }
}

/** A panel as a tab of the app: `make` builds it when the app mounts it. */
export function panelDef<P extends Panel>(
  id: string,
  title: string,
  make: () => P,
  onCreate?: (panel: P) => void
): PanelDef {
  let panel: P | null = null;
  return {
    id,
    title,
    mount(container, ctx) {
      panel = make();
      panel.mount(container, ctx);
      onCreate?.(panel);
    },
    show: (detail) => panel?.show?.(detail),
  };
}
