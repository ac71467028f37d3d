/**
 * Every `@example` in the TSDoc of `src/**\/*.ts` (but `src/cli/**`) must compile.
 *
 * Each ```ts fenced block inside a `/** … *\/` comment becomes a virtual module next to its source
 * file, and all of them are type-checked in ONE TypeScript program with the options of
 * `tsconfig.json`. The package's own name resolves to the sources (`src/index.ts`, and the
 * `/schemas` and `/testing` subpaths when they exist), never to a stale `dist/`. Examples are
 * snippets: bare expressions followed by `//=> value` comments are fine; the `//=>` values are not
 * evaluated, only the code is type-checked.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { beforeAll, describe, expect, it } from 'vitest';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const SRC = join(ROOT, 'src');
const PACKAGE_NAME = 'thi-dua-vi-nguoi-ngheo';

/** One ```ts block of a doc comment. */
interface Example {
  /** The source file, relative to the repository root, with `/` separators. */
  readonly file: string;
  /** The 1-based line of the source file where the example's first code line is. */
  readonly line: number;
  /** The example's code, the comment's ` * ` stripped from each line. */
  readonly code: string;
  /** The absolute path of the virtual module that holds it. */
  readonly virtualPath: string;
}

const posix = (path: string): string => path.split(sep).join('/');

function sourceFiles(): string[] {
  return (readdirSync(SRC, { recursive: true, encoding: 'utf8' }) as string[])
    .map((entry) => join(SRC, entry))
    .filter((path) => path.endsWith('.ts') && !path.endsWith('.d.ts'))
    .filter((path) => !posix(relative(SRC, path)).startsWith('cli/'))
    .sort();
}

/** The `/** … *\/` comments of a file, found through the parser so that strings cannot fool it. */
function docComments(sourceFile: ts.SourceFile): { pos: number; end: number }[] {
  const text = sourceFile.text;
  const seen = new Map<number, { pos: number; end: number }>();
  const visit = (node: ts.Node): void => {
    for (const range of ts.getLeadingCommentRanges(text, node.pos) ?? []) {
      if (range.kind === ts.SyntaxKind.MultiLineCommentTrivia && text.startsWith('/**', range.pos)) {
        seen.set(range.pos, range);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  visit(sourceFile.endOfFileToken);
  return [...seen.values()].sort((a, b) => a.pos - b.pos);
}

const FENCE_OPEN = /^\s*```(?:ts|typescript)\s*$/u;
const FENCE_CLOSE = /^\s*```\s*$/u;

const EXAMPLE_TAG = /^\s*@example\b/u;
const ANY_TAG = /^\s*@\w+/u;

/** The examples of a file, and its `@example` tags without a (closed) ```ts block, as `file:line: why`. */
function examplesOf(path: string): { examples: Example[]; unfenced: string[] } {
  const text = readFileSync(path, 'utf8');
  const sourceFile = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  const file = posix(relative(ROOT, path));
  const examples: Example[] = [];
  const unfenced: string[] = [];
  for (const comment of docComments(sourceFile)) {
    const firstLine = sourceFile.getLineAndCharacterOfPosition(comment.pos).line; // 0-based
    const lines = text
      .slice(comment.pos, comment.end)
      .replace(/^\/\*\*/u, '')
      .replace(/\*\/$/u, '')
      .split(/\r?\n/u)
      .map((line) => line.replace(/^\s*\*(?!\/) ?/u, ''));
    let start = -1;
    let openTag = -1; // the line of an @example whose block has not begun yet
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i] ?? '';
      if (start < 0 && openTag >= 0 && (ANY_TAG.test(line) || i === lines.length - 1)) {
        unfenced.push(`${file}:${firstLine + openTag + 1}: @example without a \`\`\`ts block`);
        openTag = -1;
      }
      if (start < 0 && EXAMPLE_TAG.test(line)) openTag = i;
      if (start < 0) {
        if (FENCE_OPEN.test(line)) {
          start = i + 1;
          openTag = -1;
        }
      } else if (FENCE_CLOSE.test(line)) {
        const line1 = firstLine + start + 1; // 1-based line of the first code line
        examples.push({
          file,
          line: line1,
          // `export {}` makes every example a module of its own, so names never clash.
          code: `${lines.slice(start, i).join('\n')}\nexport {};\n`,
          virtualPath: `${path}.example-L${line1}.ts`,
        });
        start = -1;
      }
    }
    if (start >= 0) unfenced.push(`${file}:${firstLine + start}: \`\`\`ts block never closed`);
  }
  return { examples, unfenced };
}

const FOUND = sourceFiles().map(examplesOf);
const EXAMPLES = FOUND.flatMap((f) => f.examples);
const UNFENCED = FOUND.flatMap((f) => f.unfenced);
const FILES = [...new Set([...EXAMPLES.map((e) => e.file), ...UNFENCED.map((u) => u.slice(0, u.indexOf(':')))])].sort();
const BY_PATH = new Map(EXAMPLES.map((e) => [e.virtualPath, e]));

/** Where the package's own import specifiers point: the sources, not `dist/`. */
function packagePaths(): Record<string, string[]> {
  const first = (...candidates: string[]): string | undefined => candidates.map((c) => join(ROOT, c)).find((c) => existsSync(c));
  const paths: Record<string, string[]> = { [PACKAGE_NAME]: [join(ROOT, 'src/index.ts')] };
  const schemas = first('src/schemas.ts', 'src/schemas/index.ts', 'src/schemas/inputs.ts');
  if (schemas !== undefined) paths[`${PACKAGE_NAME}/schemas`] = [schemas];
  const testing = first('src/testing/index.ts');
  if (testing !== undefined) paths[`${PACKAGE_NAME}/testing`] = [testing];
  const arbitraries = first('src/testing/arbitraries.ts');
  if (arbitraries !== undefined) paths[`${PACKAGE_NAME}/testing/arbitraries`] = [arbitraries];
  const poverty = first('src/poverty/index.ts');
  if (poverty !== undefined) paths[`${PACKAGE_NAME}/poverty`] = [poverty];
  const documents = first('src/documents/index.ts');
  if (documents !== undefined) paths[`${PACKAGE_NAME}/documents`] = [documents];
  const activities = first('src/activities/index.ts');
  if (activities !== undefined) paths[`${PACKAGE_NAME}/activities`] = [activities];
  const reports = first('src/reports/index.ts');
  if (reports !== undefined) paths[`${PACKAGE_NAME}/reports`] = [reports];
  return paths;
}

function compilerOptions(): ts.CompilerOptions {
  const configPath = join(ROOT, 'tsconfig.json');
  const read = ts.readConfigFile(configPath, (p) => ts.sys.readFile(p));
  if (read.error !== undefined) throw new Error(ts.flattenDiagnosticMessageText(read.error.messageText, '\n'));
  const parsed = ts.parseJsonConfigFileContent(read.config, ts.sys, ROOT, undefined, configPath);
  return {
    ...parsed.options,
    noEmit: true,
    declaration: false,
    declarationMap: false,
    composite: false,
    incremental: false,
    // Snippets may declare a value only to show its type.
    noUnusedLocals: false,
    noUnusedParameters: false,
    paths: packagePaths(),
  };
}

function format(diagnostic: ts.Diagnostic): string {
  const message = ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n    ');
  const code = `TS${diagnostic.code}`;
  const example = diagnostic.file === undefined ? undefined : BY_PATH.get(diagnostic.file.fileName);
  if (diagnostic.file === undefined || example === undefined || diagnostic.start === undefined) {
    const where = diagnostic.file === undefined ? '' : `${posix(relative(ROOT, diagnostic.file.fileName))}: `;
    return `${where}${code}: ${message}`;
  }
  const { line, character } = diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start);
  const source = example.code.split('\n')[line] ?? '';
  return `${example.file}:${example.line + line}:${character + 1} (example at line ${example.line}) ${code}: ${message}\n    > ${source.trim()}`;
}

let failuresByFile: Map<string, string[]>;
let globalFailures: string[];
let resolvedPackage: string | undefined;

beforeAll(() => {
  const options = compilerOptions();
  const host = ts.createCompilerHost(options, true);
  const sourceFileCache = new Map<string, ts.SourceFile>();
  const { getSourceFile, fileExists, readFile } = host;
  host.fileExists = (name) => BY_PATH.has(name) || fileExists.call(host, name);
  host.readFile = (name) => BY_PATH.get(name)?.code ?? readFile.call(host, name);
  host.getSourceFile = (name, languageVersion, onError, shouldCreate) => {
    const example = BY_PATH.get(name);
    if (example === undefined) return getSourceFile.call(host, name, languageVersion, onError, shouldCreate);
    let sourceFile = sourceFileCache.get(name);
    if (sourceFile === undefined) {
      sourceFile = ts.createSourceFile(name, example.code, languageVersion, true, ts.ScriptKind.TS);
      sourceFileCache.set(name, sourceFile);
    }
    return sourceFile;
  };
  const program = ts.createProgram({ rootNames: [...BY_PATH.keys()], options, host });

  globalFailures = [...program.getOptionsDiagnostics(), ...program.getGlobalDiagnostics()].map(format);
  const probe = EXAMPLES[0]?.virtualPath ?? join(SRC, 'index.ts');
  resolvedPackage = ts.resolveModuleName(PACKAGE_NAME, probe, options, host, undefined, undefined, ts.ModuleKind.ESNext).resolvedModule
    ?.resolvedFileName;
  failuresByFile = new Map(FILES.map((file) => [file, UNFENCED.filter((u) => u.startsWith(`${file}:`))]));
  for (const example of EXAMPLES) {
    const sourceFile = program.getSourceFile(example.virtualPath);
    if (sourceFile === undefined) {
      failuresByFile.get(example.file)?.push(`${example.file}:${example.line}: example not in the program`);
      continue;
    }
    const diagnostics = [...program.getSyntacticDiagnostics(sourceFile), ...program.getSemanticDiagnostics(sourceFile)];
    failuresByFile.get(example.file)?.push(...diagnostics.map(format));
  }
}, 60_000);

describe('TSDoc @example blocks compile', () => {
  it('finds the examples and builds one program without option errors', () => {
    expect(EXAMPLES.length).toBeGreaterThan(50);
    expect(globalFailures).toEqual([]);
    // The examples import the sources, not a stale build in dist/.
    expect(resolvedPackage && posix(relative(ROOT, resolvedPackage))).toBe('src/index.ts');
  });

  it.each(FILES)('%s', (file) => {
    const failures = failuresByFile.get(file) ?? [];
    if (failures.length > 0) {
      throw new Error(`${failures.length} type error(s) in the examples of ${file}:\n\n${failures.join('\n\n')}`);
    }
  });
});
