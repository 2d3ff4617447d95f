/**
 * The browser side of the end-to-end tests: the web bundle served on 127.0.0.1 and Debian's
 * Chromium driven by playwright-core with a fresh profile. Every request is recorded, and
 * anything not addressed to our server is refused, so the tests can show nothing leaves.
 */
import type { BrowserContext, Page } from "playwright-core";
import { launchChromium } from "./launch";
import type { StaticServer } from "./server";

export { CHROMIUM, WORK } from "./launch";

/** YIBAO_SKIP_E2E=1 skips the browser tests (and the build in globalSetup) for quick local runs; CI runs them. */
export const e2eSuite: jest.Describe = process.env.YIBAO_SKIP_E2E === "1" ? describe.skip : describe;

export interface Browser {
  readonly server: StaticServer;
  readonly context: BrowserContext;
  /** Every URL any page of the standalone tests asked for. */
  readonly requests: string[];
  readonly pageErrors: string[];
  /** Chromium's profile folder (its processes name it: how their memory is found). */
  readonly profile: string;
  /** The standalone page at a width, once `ready` is attached. */
  open(width: number, ready: string): Promise<Page>;
}

/** Starts the server and Chromium before the suite's tests and stops them after. */
export function useBrowser(): Browser {
  let server: StaticServer | undefined;
  let context: BrowserContext | undefined;
  let profile: string | undefined;
  let close: (() => Promise<void>) | undefined;
  const requests: string[] = [];
  const pageErrors: string[] = [];

  beforeAll(async () => {
    const launched = await launchChromium();
    ({ server, context, profile } = launched);
    close = launched.close;
  });

  afterAll(async () => {
    await close?.();
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
    get profile() {
      if (!profile) throw new Error("Chromium has not started");
      return profile;
    },
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
