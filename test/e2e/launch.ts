/**
 * Chromium for the end-to-end tests and the bench: the built web bundle served on 127.0.0.1
 * and Debian's Chromium driven by playwright-core with a fresh profile, refusing anything
 * not addressed to that server. No jest here, so `npm run bench` launches it too.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { chromium, type BrowserContext } from "playwright-core";
import { ensureDist, OUTPUT } from "./build";
import { serve, type StaticServer } from "./server";

export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
export const FLAGS = [
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

export interface Launched {
  server: StaticServer;
  context: BrowserContext;
  profile: string;
  close(): Promise<void>;
}

/**
 * The built bundle served on 127.0.0.1 and Chromium with a fresh profile, refusing anything
 * not addressed to that server (jest-free, so the bench launches it too).
 */
export async function launchChromium(): Promise<Launched> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`没有找到 Chromium：${CHROMIUM}（apt-get install chromium fonts-wqy-microhei，或设置 CHROMIUM_PATH）`);
  }
  const dist = ensureDist();
  mkdirSync(WORK, { recursive: true });
  const server = await serve(dist);
  const profile = mkdtempSync(join(tmpdir(), "yibao-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    args: FLAGS,
    locale: "zh-CN",
    viewport: { width: 1280, height: 900 },
    acceptDownloads: true,
  });
  // Anything not served by our server is refused (and still recorded).
  await context.route(/^(?!http:\/\/127\.0\.0\.1:)/, (route) => route.abort());
  return {
    server,
    context,
    profile,
    async close() {
      await context.close();
      await server.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
