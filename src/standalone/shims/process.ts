/**
 * The little of Node's `process` that exceljs' streaming writer and readable-stream use, for
 * the standalone page's worker bundle (webpack.config.js provides it as the global).
 */
const browserProcess = {
  browser: true,
  env: {} as Record<string, string | undefined>,
  version: "",
  versions: {} as Record<string, string>,
  platform: "browser",
  nextTick(fn: (...args: unknown[]) => void, ...args: unknown[]): void {
    queueMicrotask(() => fn(...args));
  },
  emitWarning(): void {
    // Node's deprecation warnings mean nothing here.
  },
};

export default browserProcess;
