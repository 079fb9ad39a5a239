import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, basename, join } from 'node:path';
import { mkdirSync } from 'node:fs';

/** A set of file writes made atomically one by one (temp + rename), undone together on `undo()`. */
export class FileChanges {
  readonly #before = new Map<string, string | undefined>();

  /** Writes `content` to `path` (temp + rename). `create` refuses an existing file instead of replacing it. */
  write(path: string, content: string, { create = false }: { readonly create?: boolean } = {}): void {
    const exists = existsSync(path);
    if (create && exists && !this.#before.has(path))
      throw new Error(`${path} already exists; move it away or pick another resource name.`);
    if (!this.#before.has(path)) this.#before.set(path, exists ? readFileSync(path, 'utf8') : undefined);
    mkdirSync(dirname(path), { recursive: true });
    const temp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
    writeFileSync(temp, content);
    renameSync(temp, path);
  }

  /** Puts every written file back as it was (removing the ones that did not exist). */
  undo(): void {
    for (const [path, content] of this.#before) {
      if (content === undefined) rmSync(path, { force: true });
      else this.write(path, content);
    }
    this.#before.clear();
  }

  get paths(): string[] {
    return [...this.#before.keys()];
  }
}
