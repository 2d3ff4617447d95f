/**
 * The browser side of the end-to-end tests: the web bundle served on 127.0.0.1 and Debian's
 * Chromium driven by playwright-core with a fresh profile. Every request is recorded, and
 * anything not addressed to our server is refused, so the tests can show nothing leaves.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { ensureDist, OUTPUT } from "./build";
import { serve, type StaticServer } from "./server";

export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--lang=zh-CN",
];
export const WORK = join(OUTPUT, "e2e");

/** YIBAO_SKIP_E2E=1 skips the browser tests (and the build in globalSetup) for quick local runs; CI runs them. */
export const e2eSuite = process.env.YIBAO_SKIP_E2E === "1" ? describe.skip : describe;

export interface Browser {
  readonly server: StaticServer;
  readonly context: BrowserContext;
  /** Every URL any page of the standalone tests asked for. */
  readonly requests: string[];
  readonly pageErrors: string[];
  /** The standalone page at a width, once `ready` is attached. */
  open(width: number, ready: string): Promise<Page>;
}

/** Starts the server and Chromium before the suite's tests and stops them after. */
export function useBrowser(): Browser {
  let server: StaticServer | undefined;
  let context: BrowserContext | undefined;
  let profile: string | undefined;
  const requests: string[] = [];
  const pageErrors: string[] = [];

  beforeAll(async () => {
    if (!existsSync(CHROMIUM)) {
      throw new Error(`没有找到 Chromium：${CHROMIUM}（apt-get install chromium fonts-wqy-microhei，或设置 CHROMIUM_PATH）`);
    }
    const dist = ensureDist();
    mkdirSync(WORK, { recursive: true });
    server = await serve(dist);
    profile = mkdtempSync(join(tmpdir(), "yibao-chromium-"));
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      args: FLAGS,
      locale: "zh-CN",
      viewport: { width: 1280, height: 900 },
      acceptDownloads: true,
    });
    // Anything not served by our server is refused (and still recorded).
    await context.route(/^(?!http:\/\/127\.0\.0\.1:)/, (route) => route.abort());
  });

  afterAll(async () => {
    await context?.close();
    await server?.close();
    if (profile) rmSync(profile, { recursive: true, force: true });
  });

  return {
    get server() {
      if (!server) throw new Error("the e2e server has not started");
      return server;
    },
    get context() {
      if (!context) throw new Error("Chromium has not started");
      return context;
    },
    requests,
    pageErrors,
    async open(width, ready) {
      const page = await this.context.newPage();
      page.on("pageerror", (e) => pageErrors.push(e.message));
      page.on("request", (r) => requests.push(r.url()));
      await page.setViewportSize({ width, height: 900 });
      await page.goto(`${this.server.origin}/index.html`);
      await page.waitForSelector(ready, { state: "attached" });
      return page;
    },
  };
}

/** The last test of a suite: no request left 127.0.0.1 and no page raised an error. */
export function expectNothingLeft(browser: Browser): void {
  expect(browser.requests.length).toBeGreaterThan(0);
  const origin = browser.server.origin + "/";
  const outside = browser.requests.filter((u) => !u.startsWith(origin) && !u.startsWith("data:") && !u.startsWith("blob:"));
  expect(outside).toEqual([]);
  expect(browser.pageErrors).toEqual([]);
}
