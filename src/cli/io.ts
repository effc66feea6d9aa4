/** What a command needs from the process, so tests can run commands in-process too. */
export interface Io {
  out(text: string): void;
  err(text: string): void;
  stdinIsTTY: boolean;
  color: boolean;
}

/** A mistake in how the command was called: printed with a pointer to --help, exit 2. */
export class UsageError extends Error {}
