import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

/**
 * The message-catalog check: every Chinese text of a frontend's source either reaches the screen through `t` (or a
 * kit component that calls `t`) with an English entry in `src/messages/en.json`, or it is a problem. Walked on the
 * TypeScript AST, so comments and GraphQL documents never count.
 */

/** One text that cannot be shown in English as the source stands. `file` is relative to the source folder's parent. */
export interface Problem {
  file: string;
  line: number;
  text: string;
  reason: string;
}

export type Catalog = Readonly<Record<string, unknown>>;

export interface CatalogReport {
  problems: Problem[];
  /** Catalog keys no source uses: a warning, kept apart so that callers decide whether it fails. */
  unused: string[];
}

/**
 * Kit components' props whose plain-string value the component passes through `t` itself (ui-kit and remote-kit).
 * A Chinese string literal on any other prop reaches the screen as written, so the check must know exactly which
 * props translate: keep this list in step with the kit (a prop added here that the kit does not translate hides an
 * untranslated text).
 */
/** FormDialog's, which its two wrappers pass on to it. */
const DIALOG_PROPS = ['label', 'title', 'okText', 'success'] as const;

export const TRANSLATING_PROPS: Readonly<Record<string, readonly string[]>> = {
  PageHeader: ['title', 'subTitle'],
  FormDialog: DIALOG_PROPS,
  MutationDialog: DIALOG_PROPS,
  NewRecordDialog: DIALOG_PROPS,
  MutationButton: ['success'],
  FormPage: ['title', 'success'],
  SelectFilter: ['label'],
  SwitchFilter: ['label'],
  SearchFilter: ['placeholder'],
  ExportButton: ['label', 'filename'],
  ExportRowsButton: ['label', 'filename'],
  FiguresCard: ['title'],
  ModuleNav: ['label'],
  ErrorPanel: ['title'],
  StatusTag: ['empty'],
  DataTable: ['partialWhat'],
  PartialNotice: ['what'],
  EntityPicker: ['placeholder'],
  TextField: ['label', 'required', 'placeholder'],
  ChoiceField: ['label', 'required', 'placeholder'],
  DateField: ['label', 'required'],
  CountField: ['label', 'required'],
  PastDayField: ['label'],
  PastMomentField: ['label', 'required', 'future'],
  TownshipField: ['label', 'required'],
  PrintSheet: ['title', 'numberLabel', 'bureau'],
  PrintView: ['missing'],
  PrintTable: ['caption'],
};

/**
 * Kit components' props that take objects (or arrays of them) and translate one property of each: a Chinese
 * value of that property, written inline, needs only its catalog entry. Any other object written inline in a JSX
 * attribute goes to a component that shows it as written (antd's `options`, `items`, `rules`, `columns`…).
 */
export const TRANSLATING_OBJECT_PROPS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  DataTable: { columns: 'title' },
  ExportButton: { columns: 'title' },
  ExportRowsButton: { columns: 'title' },
  ListTable: { columns: 'title', exportAs: 'filename' },
  ModuleNav: { sections: 'label' },
  StatusTag: { map: 'label' },
  PrintSheet: { cells: 'label' },
  PrintTable: { columns: 'title' },
  SelectFilter: { options: 'label' },
  PastDayField: { after: 'label' },
};

/**
 * Functions (by the name they are called with) and the argument positions they translate: `t` and `i18n.t` (the
 * message key), and the kit's `labelOf` (its `empty` text). A Chinese literal passed anywhere else is shown as written.
 */
export const TRANSLATING_CALLS: Readonly<Record<string, readonly number[]>> = {
  t: [0],
  kitT: [0],
  'i18n.t': [0],
  labelOf: [2],
};

/** Methods that test or look up data with their argument rather than show it. */
const LOOKUP_METHODS = new Set(['includes', 'startsWith', 'endsWith', 'indexOf', 'lastIndexOf', 'has', 'get', 'split']);

/** Calls whose arguments are not UI text: GraphQL documents, and test names. */
const IGNORED_CALLS = new Set(['graphql', 'gql', 'describe', 'it', 'test']);
/**
 * Attributes whose text is not shown as a message: `aria-label` and `data-*` (tests find elements by them), and
 * data or identifiers (a form's `initialValues` and a field's `value` are sent to the server as written, a font
 * name in `style` is no sentence). Translating those would change what is saved, not what is read.
 */
const DATA_ATTRIBUTES = new Set(['aria-label', 'key', 'id', 'name', 'value', 'className', 'style', 'initialValues']);
const ignoredAttribute = (name: string) => DATA_ATTRIBUTES.has(name) || name.startsWith('data-');

const HAN = /\p{Script=Han}/u;
/**
 * `// i18n-check-ignore: <why>` on a text's line or the line above leaves that text as written, for what must not
 * change with the language (a language's own name in the language switch). The reason is required.
 */
const IGNORE_PRAGMA = /(?:\/\/|\/\*)\s*i18n-check-ignore:\s*\S/;
const PLACEHOLDER = /\{\{\s*([^}\s]+)\s*\}\}/g;

const placeholders = (text: string) => new Set([...text.matchAll(PLACEHOLDER)].map((m) => m[1]));

/**
 * `src/**\/*.{ts,tsx}` of a frontend, without generated GraphQL (`gql/`), declarations and tests. (The generated
 * labels in `gql/labels.ts` count where a source imports them: `importedLabels`.)
 */
function sourceFiles(dir: string, top = true): string[] {
  const files: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name === 'node_modules' || (top && entry.name === 'gql')) continue;
      files.push(...sourceFiles(path, false));
    } else if (/\.tsx?$/.test(entry.name) && !/\.d\.ts$|\.test\.tsx?$/.test(entry.name)) {
      files.push(path);
    }
  }
  return files.sort();
}

/** Dotted name of a callee or tag (`t`, `i18n.t`, `message.success`), or undefined for anything else. */
function nameOf(node: ts.Node): string | undefined {
  if (ts.isIdentifier(node)) return node.text;
  if (ts.isPropertyAccessExpression(node)) {
    const left = nameOf(node.expression);
    return left ? `${left}.${node.name.text}` : undefined;
  }
  return undefined;
}

function lastName(name: string | undefined) {
  return name?.split('.').pop();
}

/**
 * Climbs from a literal through what only chooses between values (parentheses, `a ? '甲' : '乙'`, `x ?? '乙'`,
 * type assertions): the value lands where the outermost of those lands.
 */
function outermost(node: ts.Node): ts.Node {
  let current = node;
  for (;;) {
    const parent = current.parent;
    if (
      ts.isParenthesizedExpression(parent) ||
      ts.isAsExpression(parent) ||
      ts.isSatisfiesExpression(parent) ||
      ts.isNonNullExpression(parent) ||
      ts.isTypeAssertionExpression(parent) ||
      (ts.isConditionalExpression(parent) && parent.condition !== current) ||
      (ts.isBinaryExpression(parent) &&
        [
          ts.SyntaxKind.QuestionQuestionToken,
          ts.SyntaxKind.BarBarToken,
          ts.SyntaxKind.AmpersandAmpersandToken,
        ].includes(parent.operatorToken.kind))
    ) {
      current = parent;
    } else {
      return current;
    }
  }
}

const COMPARISONS = new Set([
  ts.SyntaxKind.EqualsEqualsEqualsToken,
  ts.SyntaxKind.ExclamationEqualsEqualsToken,
  ts.SyntaxKind.EqualsEqualsToken,
  ts.SyntaxKind.ExclamationEqualsToken,
]);

/** Where a Chinese literal lands decides the rule: a verdict, or 'catalog' when only an English entry is needed. */
type Verdict = { problem: string } | 'catalog' | 'ignore';

function verdictFor(literal: ts.StringLiteral | ts.NoSubstitutionTemplateLiteral): Verdict {
  const parent = literal.parent;
  // Not text: module specifiers, property names, lookups, literal types.
  if (
    ts.isImportDeclaration(parent) ||
    ts.isExportDeclaration(parent) ||
    ts.isExternalModuleReference(parent) ||
    ts.isLiteralTypeNode(parent) ||
    (ts.isElementAccessExpression(parent) && parent.argumentExpression === literal) ||
    ((ts.isPropertyAssignment(parent) ||
      ts.isPropertyDeclaration(parent) ||
      ts.isPropertySignature(parent) ||
      ts.isMethodDeclaration(parent) ||
      ts.isEnumMember(parent)) &&
      parent.name === literal)
  ) {
    return 'ignore';
  }
  if (ts.isJsxAttribute(parent)) return attributeVerdict(parent);
  const at = outermost(literal);
  const holder = at.parent;
  if (ts.isJsxExpression(holder)) {
    if (ts.isJsxAttribute(holder.parent)) return attributeVerdict(holder.parent);
    return { problem: "JSX text: wrap in {t('…')}" };
  }
  if (ts.isCallExpression(holder) || ts.isNewExpression(holder)) {
    const index = holder.arguments?.indexOf(at as ts.Expression) ?? -1;
    if (index < 0) return 'catalog';
    const name = nameOf(holder.expression);
    if (ts.isCallExpression(holder) && holder.expression.kind === ts.SyntaxKind.ImportKeyword) return 'ignore';
    if (ts.isPropertyAccessExpression(holder.expression) && LOOKUP_METHODS.has(holder.expression.name.text)) {
      return 'ignore';
    }
    if (name && TRANSLATING_CALLS[name]?.includes(index)) return 'catalog';
    // An error's Chinese message is a key: ui-kit's errorText translates it where it is shown.
    if (ts.isNewExpression(holder) && name === 'Error' && index === 0) return 'catalog';
    return { problem: `argument of ${name ?? 'a call'}() is shown as written: pass t('…')` };
  }
  if (ts.isBinaryExpression(holder)) {
    // Comparing with data (a server value, a route) is not showing text.
    if (COMPARISONS.has(holder.operatorToken.kind)) return 'ignore';
    if (holder.operatorToken.kind === ts.SyntaxKind.PlusToken) {
      return { problem: "concatenated text cannot be translated whole: use t('…{{x}}…', { x })" };
    }
  }
  if (ts.isCaseClause(holder)) return 'ignore';
  if (ts.isPropertyAssignment(holder)) return inlineObjectVerdict(holder);
  return 'catalog';
}

/** A property value of an object written inline in a JSX attribute: shown as written unless a kit prop translates it. */
function inlineObjectVerdict(property: ts.PropertyAssignment): Verdict {
  let current: ts.Node = property.parent;
  while (
    ts.isObjectLiteralExpression(current) ||
    ts.isArrayLiteralExpression(current) ||
    ts.isPropertyAssignment(current) ||
    ts.isParenthesizedExpression(current) ||
    ts.isAsExpression(current) ||
    ts.isSatisfiesExpression(current)
  ) {
    current = current.parent;
  }
  if (!ts.isJsxExpression(current) || !ts.isJsxAttribute(current.parent)) return 'catalog';
  const attribute = current.parent;
  const prop = ts.isIdentifier(attribute.name) ? attribute.name.text : attribute.name.getText();
  if (ignoredAttribute(prop)) return 'ignore';
  const component = lastName(nameOf(attribute.parent.parent.tagName));
  const key = ts.isIdentifier(property.name) || ts.isStringLiteral(property.name) ? property.name.text : undefined;
  if (component && key && TRANSLATING_OBJECT_PROPS[component]?.[prop] === key) return 'catalog';
  return { problem: `${component ?? 'element'} ${prop}={{ ${key ?? '…'}: '…' }} is shown as written: pass t('…')` };
}

function attributeVerdict(attribute: ts.JsxAttribute): Verdict {
  const name = ts.isIdentifier(attribute.name) ? attribute.name.text : attribute.name.getText();
  if (ignoredAttribute(name)) return 'ignore';
  const element = attribute.parent.parent;
  const component = lastName(nameOf(element.tagName));
  if (component && TRANSLATING_PROPS[component]?.includes(name)) return 'catalog';
  return { problem: `${component ?? 'element'} ${name}="…" is shown as written: pass {t('…')}` };
}

/** Inside a GraphQL document or a test name: skipped whole. */
function insideIgnoredCall(node: ts.Node): boolean {
  for (let current: ts.Node | undefined = node.parent; current; current = current.parent) {
    if (ts.isTaggedTemplateExpression(current) && IGNORED_CALLS.has(lastName(nameOf(current.tag)) ?? '')) return true;
    if (ts.isCallExpression(current) && IGNORED_CALLS.has(nameOf(current.expression) ?? '')) return true;
    if (ts.isSourceFile(current)) return false;
  }
  return false;
}

/**
 * Checks one file's Chinese texts against the catalog (or only those under `roots`); records every literal the
 * catalog might be used for.
 */
function checkFile(
  source: ts.SourceFile,
  file: string,
  catalog: Catalog,
  used: Set<string>,
  problems: Problem[],
  roots: readonly ts.Node[] = [source],
) {
  const lines = source.text.split('\n');
  const lineOf = (node: ts.Node) => source.getLineAndCharacterOfPosition(node.getStart(source)).line;
  const pragma = (node: ts.Node) => {
    const line = lineOf(node);
    return IGNORE_PRAGMA.test(lines[line] ?? '') || IGNORE_PRAGMA.test(lines[line - 1] ?? '');
  };
  const report = (node: ts.Node, text: string, reason: string) => {
    problems.push({ file, line: lineOf(node) + 1, text, reason });
  };
  const visit = (node: ts.Node) => {
    const text =
      ts.isStringLiteral(node) ||
      ts.isNoSubstitutionTemplateLiteral(node) ||
      ts.isTemplateExpression(node) ||
      ts.isJsxText(node);
    if (text && pragma(node)) return;
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) {
      if (!HAN.test(node.text)) {
        used.add(node.text);
      } else if (!insideIgnoredCall(node)) {
        const verdict = verdictFor(node);
        // A text reported as untranslatable still uses its entry: the fix is to wrap it in t().
        if (verdict !== 'ignore') used.add(node.text);
        if (verdict === 'catalog') checkEntry(node, node.text);
        else if (verdict !== 'ignore') report(node, node.text, verdict.problem);
      }
    } else if (ts.isTemplateExpression(node)) {
      const parts = [node.head.text, ...node.templateSpans.map((span) => span.literal.text)];
      if (parts.some((part) => HAN.test(part)) && !insideIgnoredCall(node)) {
        report(node, node.getText(source), "template text cannot be translated: use t('…{{x}}…', { x })");
      }
    } else if (ts.isJsxText(node) && HAN.test(node.text)) {
      // JSX collapses the line breaks and indentation of a text into single spaces.
      const text = node.text.replace(/\s+/g, ' ').trim();
      used.add(text);
      report(node, text, "JSX text: wrap in {t('…')}");
    }
    ts.forEachChild(node, visit);
  };
  const checkEntry = (node: ts.Node, text: string) => {
    const english = catalog[text];
    if (typeof english !== 'string' || english.trim() === '') {
      report(node, text, `no English for '${text}'`);
    } else if (HAN.test(english)) {
      report(node, text, `the English for '${text}' is still Chinese: '${english}'`);
    } else {
      const missing = [...placeholders(text)].filter((name) => !placeholders(english).has(name));
      if (missing.length > 0) {
        report(node, text, `the English for '${text}' lacks ${missing.map((name) => `{{${name}}}`).join(', ')}`);
      }
    }
  };
  for (const root of roots) visit(root);
}

/** The generated labels of the API's enums (`@shian/graphql-client`'s codegen), beside the generated operations. */
const GENERATED_LABELS = /(?:^|\/)gql\/labels(?:\.ts)?$/;

/** The names a source imports (or re-exports) from the generated `gql/labels.ts`. */
function generatedLabelsImported(source: ts.SourceFile, names: Set<string>) {
  for (const statement of source.statements) {
    const from = (ts.isImportDeclaration(statement) || ts.isExportDeclaration(statement)) && statement.moduleSpecifier;
    if (!from || !ts.isStringLiteral(from) || !GENERATED_LABELS.test(from.text)) continue;
    const bindings = ts.isImportDeclaration(statement) ? statement.importClause?.namedBindings : statement.exportClause;
    if (bindings && (ts.isNamedImports(bindings) || ts.isNamedExports(bindings))) {
      for (const element of bindings.elements) names.add((element.propertyName ?? element.name).text);
    }
  }
}

/**
 * The initializers of the generated label consts that sources import: their texts are checked and used as if the
 * source had written them, so a label shown needs its English and an enum no page shows needs none.
 */
function importedLabels(path: string, names: ReadonlySet<string>): { source: ts.SourceFile; roots: ts.Node[] } {
  const source = parse(path);
  const roots: ts.Node[] = [];
  for (const statement of source.statements) {
    if (!ts.isVariableStatement(statement)) continue;
    for (const declaration of statement.declarationList.declarations) {
      if (ts.isIdentifier(declaration.name) && names.has(declaration.name.text) && declaration.initializer) {
        roots.push(declaration.initializer);
      }
    }
  }
  return { source, roots };
}

export interface CheckOptions {
  /** The package's sources (its `src`): `gql/` directly under it, tests and declarations are left out. */
  sourceDir: string;
  catalog: Catalog;
  /**
   * Source folders of other packages whose texts this catalog translates where this package shows them (ui-kit's
   * catalog holds the roles of @shian/auth, the errors of @shian/graphql-client…): their string literals count as
   * uses of the catalog's keys; they are not checked.
   */
  alsoTranslates?: readonly string[];
}

function parse(path: string) {
  const kind = path.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  return ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true, kind);
}

/** Problems and unused catalog keys of the sources under `sourceDir`. */
export function checkCatalog(options: CheckOptions): CatalogReport {
  const problems: Problem[] = [];
  const used = new Set<string>();
  const labelsImported = new Set<string>();
  for (const path of sourceFiles(options.sourceDir)) {
    const file = relative(dirname(options.sourceDir), path).split(sep).join('/');
    const source = parse(path);
    checkFile(source, file, options.catalog, used, problems);
    generatedLabelsImported(source, labelsImported);
  }
  const labelsPath = join(options.sourceDir, 'gql', 'labels.ts');
  if (labelsImported.size > 0 && existsSync(labelsPath)) {
    const { source, roots } = importedLabels(labelsPath, labelsImported);
    const file = relative(dirname(options.sourceDir), labelsPath).split(sep).join('/');
    checkFile(source, file, options.catalog, used, problems, roots);
  }
  for (const dir of options.alsoTranslates ?? []) {
    for (const path of sourceFiles(dir)) {
      const collect = (node: ts.Node) => {
        if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) used.add(node.text);
        ts.forEachChild(node, collect);
      };
      collect(parse(path));
    }
  }
  const unused = Object.keys(options.catalog).filter((key) => !used.has(key));
  return { problems, unused };
}

/** The problems of `checkCatalog` (unused keys left out). */
export function checkMessages(options: CheckOptions): Problem[] {
  return checkCatalog(options).problems;
}

/**
 * For a frontend's tests: checks `<packageDir>/src` against `<packageDir>/src/messages/en.json` and throws a
 * readable list of what to fix, unused catalog keys included unless `allowUnused`. `alsoTranslates`: source folders
 * (relative to `packageDir`) of packages whose texts this catalog translates (see `CheckOptions`).
 */
export function expectMessagesComplete(
  packageDir: string | URL,
  options: { allowUnused?: boolean; alsoTranslates?: readonly string[] } = {},
): void {
  const dir = typeof packageDir === 'string' ? packageDir : fileURLToPath(packageDir);
  const catalogPath = join(dir, 'src', 'messages', 'en.json');
  const catalog: Catalog = existsSync(catalogPath) ? JSON.parse(readFileSync(catalogPath, 'utf8')) : {};
  const alsoTranslates = options.alsoTranslates?.map((other) => resolve(dir, other));
  const { problems, unused } = checkCatalog({ sourceDir: join(dir, 'src'), catalog, alsoTranslates });
  const reported = options.allowUnused ? [] : unused;
  if (problems.length === 0 && reported.length === 0) return;
  const lines = [`${basename(dir)}: the English catalog (src/messages/en.json) does not cover the sources.`];
  if (!existsSync(catalogPath)) lines.push('There is no src/messages/en.json (a flat JSON object: Chinese → English).');
  if (problems.length > 0) {
    lines.push(`${problems.length} text(s) to fix:`);
    for (const p of problems) lines.push(`  ${p.file}:${p.line}  ${JSON.stringify(p.text)}  ${p.reason}`);
  }
  if (reported.length > 0) {
    lines.push(`${reported.length} catalog key(s) no source uses (delete them, or pass { allowUnused: true }):`);
    for (const key of reported) lines.push(`  ${JSON.stringify(key)}`);
  }
  throw new Error(lines.join('\n'));
}
