/**
 * The panels' shared base (src/ui/panel.ts): one piece of work at a time, the busy message
 * taken away when the work said nothing, an error shown in Chinese on the status line, the
 * buttons disabled meanwhile, and every panel of the app built on it.
 */
import type { PanelContext, StatusKind } from "../../src/ui/app";
import { CashPanel } from "../../src/ui/cash/panel";
import { ClaimPanel } from "../../src/ui/claim/panel";
import { MatchPanel } from "../../src/ui/match/panel";
import { Panel, panelDef } from "../../src/ui/panel";
import { SettingsPanel } from "../../src/ui/settings/panel";
import { TargetsPanel } from "../../src/ui/targets/panel";

class Probe extends Panel {
  enabledCalls: boolean[] = [];
  built = 0;
  shown: (string | undefined)[] = [];
  protected build(): void {
    this.built++;
  }
  protected override setEnabled(): void {
    this.enabledCalls.push(!this.busy);
  }
  override show(detail?: string): void {
    this.shown.push(detail);
  }
  run(what: string, work: () => Promise<void>): Promise<void> {
    return this.guard(what, work);
  }
  say(message: string): void {
    this.status(message, "success");
  }
  clear(): Promise<void> {
    return this.clearMarks();
  }
}

function context(cleared = 0) {
  const log: [string, StatusKind | undefined][] = [];
  const ctx = {
    host: { kind: "standalone", clearHighlights: async () => cleared },
    status: (m: string, k?: StatusKind) => log.push([m, k]),
  } as unknown as PanelContext;
  return { ctx, log };
}

function mounted(cleared = 0) {
  const { ctx, log } = context(cleared);
  const p = new Probe();
  p.mount({} as HTMLElement, ctx);
  return { p, log };
}

test("a second piece of work while the first runs is ignored; buttons are off meanwhile", async () => {
  const { p } = mounted();
  let release!: () => void;
  let ran = 0;
  const first = p.run("正在检查……", () => new Promise<void>((r) => (release = r)));
  await p.run("正在检查……", async () => void ran++);
  expect(ran).toBe(0);
  release();
  await first;
  expect(p.enabledCalls).toEqual([false, true]);
  await p.run("", async () => void ran++);
  expect(ran).toBe(1);
});

test("the busy message goes when the work said nothing, stays replaced when it did", async () => {
  const a = mounted();
  await a.p.run("正在读取……", async () => undefined);
  expect(a.log).toEqual([
    ["正在读取……", "busy"],
    ["", undefined],
  ]);
  const b = mounted();
  await b.p.run("正在读取……", async () => b.p.say("检查完毕"));
  expect(b.log).toEqual([
    ["正在读取……", "busy"],
    ["检查完毕", "success"],
  ]);
});

test("an error thrown by the work ends on the status line, and the panel is usable again", async () => {
  const { p, log } = mounted();
  await p.run("正在读取……", async () => {
    throw new Error("第3行身份证号码有误");
  });
  expect(log.at(-1)).toEqual(["第3行身份证号码有误", "error"]);
  let ran = false;
  await p.run("", async () => void (ran = true));
  expect(ran).toBe(true);
});

test.each([
  [2, "已清除本工具加的标记。"],
  [0, "没有需要清除的标记。"],
])("clearing marks (%i cleared) says so", async (n, text) => {
  const { p, log } = mounted(n);
  await p.clear();
  expect(log.at(-1)).toEqual([text, "success"]);
});

test("panelDef mounts a fresh panel and passes show() on", () => {
  const made: Probe[] = [];
  const def = panelDef(
    "probe",
    "试验",
    () => new Probe(),
    (p) => made.push(p)
  );
  def.show?.("x");
  def.mount({} as HTMLElement, context().ctx);
  def.show?.("key");
  expect(def).toMatchObject({ id: "probe", title: "试验" });
  expect(made).toHaveLength(1);
  expect(made[0].built).toBe(1);
  expect(made[0].shown).toEqual(["key"]);
});

test.each([
  ["检查任务分解表", TargetsPanel],
  ["生成资助申报表", ClaimPanel],
  ["参保比对", MatchPanel],
  ["现金台账", CashPanel],
  ["政策设置", SettingsPanel],
])("%s is built on the shared base", (_title, P) => {
  expect(new (P as new () => unknown)()).toBeInstanceOf(Panel);
});
