/** Where a command writes: stdout and stderr in the CLI, buffers in tests. Kept apart from main.ts so commands need not import it. */
export interface Io {
  out(text: string): void;
  err(text: string): void;
}
