import { dirname, join } from 'node:path';
import ts from 'typescript';

/**
 * Compiles generated binding sources (`<srcDir>/<submodule>/index.ts`) to CommonJS with declarations in
 * `outDir`, the layout a prebuilt provider package ships (`lib/<submodule>/index.js` + `index.d.ts`).
 * `srcDir` must sit inside the workspace so that `cdktn` and `constructs` resolve from its node_modules.
 * Class fields keep jsii's semantics (assigned in the constructor, not defined), as in the prebuilt packages.
 */
export function compileBindings(srcDir: string, outDir: string, submodules: readonly string[]): void {
  const options: ts.CompilerOptions = {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.CommonJS,
    moduleResolution: ts.ModuleResolutionKind.Node10,
    declaration: true,
    strict: true,
    skipLibCheck: true,
    useDefineForClassFields: false,
    esModuleInterop: false,
    removeComments: false,
    rootDir: srcDir,
    outDir,
    types: [],
    newLine: ts.NewLineKind.LineFeed,
  };
  const files = submodules.map((submodule) => join(srcDir, submodule, 'index.ts'));
  const program = ts.createProgram(files, options);
  const result = program.emit();
  const diagnostics = [...ts.getPreEmitDiagnostics(program), ...result.diagnostics];
  if (diagnostics.length > 0) {
    const host: ts.FormatDiagnosticsHost = {
      getCanonicalFileName: (f) => f,
      getCurrentDirectory: () => dirname(srcDir),
      getNewLine: () => '\n',
    };
    throw new Error(
      `the generated bindings do not compile (${diagnostics.length} error(s)); first ones:\n` +
        ts.formatDiagnostics(diagnostics.slice(0, 5), host),
    );
  }
}
