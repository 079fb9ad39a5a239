/**
 * The emulator could not be located, installed, started or stopped. The message says what is wrong
 * (missing program, busy port, crash with the log's tail) and what to do next; CLIs print it as is.
 */
export class EmulatorError extends Error {
  override readonly name = 'EmulatorError';
}
