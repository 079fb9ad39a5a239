import { ScaffoldInputError } from './names';

/** Values a skeleton may use as `${{ values.<key> }}`; every value is a checked string. */
export type RenderValues = Readonly<Record<string, string>>;

const EXPRESSION = /\$\{\{\s*values\.([A-Za-z][A-Za-z0-9]*)\s*\}\}/g;

/**
 * Renders one skeleton file: each `${{ values.key }}` is replaced by the value, in one pass, so a value is written
 * literally and never evaluated again. A key the values lack is an error naming the file, so a template typo fails
 * the render instead of writing an empty string.
 */
export function renderText(text: string, values: RenderValues, file: string): string {
  return text.replace(EXPRESSION, (_match, key: string) => {
    const value = values[key];
    if (value === undefined)
      throw new ScaffoldInputError(
        `${file}: uses \${{ values.${key} }}, which the template does not provide (known: ${Object.keys(values).sort().join(', ')}).`,
      );
    return value;
  });
}

/** Skeleton source files end in `.tpl` (stack.ts.tpl) so linters and test runners skip them; it is dropped. */
export const SKELETON_SUFFIX = '.tpl';

/** Renders every file of a skeleton; paths are rendered too, and lose the `.tpl` suffix. */
export function renderFiles(files: ReadonlyMap<string, string>, values: RenderValues): Map<string, string> {
  const out = new Map<string, string>();
  for (const [path, text] of files) {
    const target = path.endsWith(SKELETON_SUFFIX) ? path.slice(0, -SKELETON_SUFFIX.length) : path;
    out.set(renderText(target, values, path), renderText(text, values, path));
  }
  return out;
}
