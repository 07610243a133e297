import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkCatalog, checkMessages, expectMessagesComplete, type Problem } from '../src/i18n-check';

let dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  dirs = [];
});

/** A frontend package in a temp dir: `files` under its `src/`, and `src/messages/en.json` when a catalog is given. */
function frontend(files: Record<string, string>, catalog?: Record<string, unknown>) {
  const dir = mkdtempSync(join(tmpdir(), 'i18n-check-'));
  dirs.push(dir);
  for (const [name, text] of Object.entries(files)) {
    const path = join(dir, 'src', name);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
  }
  if (catalog) {
    mkdirSync(join(dir, 'src', 'messages'), { recursive: true });
    writeFileSync(join(dir, 'src', 'messages', 'en.json'), JSON.stringify(catalog));
  }
  return dir;
}

function problems(source: string, catalog: Record<string, unknown> = {}): Problem[] {
  const dir = frontend({ 'Page.tsx': source });
  return checkMessages({ sourceDir: join(dir, 'src'), catalog });
}

const texts = (found: Problem[]) => found.map((p) => p.text);

describe('checkMessages', () => {
  it('reports Chinese JSX text, with its file and line, and ignores comments', () => {
    const found = problems(
      [
        '// 注释里的中文不算',
        '/* 块注释也不算 */',
        'export const Page = () => (',
        '  <div>',
        '    {/* 新增文章 */}',
        '    新增文章',
        "    {'直接的字符串'}",
        '    {ok && <b>完成</b>}',
        '    Save',
        '  </div>',
        ');',
        'declare const ok: boolean;',
      ].join('\n'),
    );
    expect(found).toEqual([
      { file: 'src/Page.tsx', line: 6, text: '新增文章', reason: "JSX text: wrap in {t('…')}" },
      { file: 'src/Page.tsx', line: 7, text: '直接的字符串', reason: "JSX text: wrap in {t('…')}" },
      { file: 'src/Page.tsx', line: 8, text: '完成', reason: "JSX text: wrap in {t('…')}" },
    ]);
  });

  it('reports template literals with Chinese, but not GraphQL documents', () => {
    const found = problems(`
      import { graphql } from './gql';
      declare const gql: (s: TemplateStringsArray) => string;
      declare const n: number;
      export const Doc = graphql(\`
        # 查询文章（注释）
        query Articles { articles { "标题" title } }
      \`);
      export const Tagged = gql\`query Q { "说明 \${'x'}" a }\`;
      export const text = \`共 \${n} 条\`;
      export const plain = \`English \${n}\`;
    `);
    expect(found).toEqual([
      expect.objectContaining({
        // biome-ignore lint/suspicious/noTemplateCurlyInString: the reported text is the template's source
        text: '`共 ${n} 条`',
        reason: "template text cannot be translated: use t('…{{x}}…', { x })",
      }),
    ]);
  });

  it('reports Chinese props unless a kit component translates them, or they are aria-label/data-*', () => {
    const found = problems(
      `
      import { PageHeader, ExportButton } from '@shian/ui-kit';
      import { FormDialog, SearchFilter, SelectFilter } from '@shian/remote-kit';
      import { Button, Input } from '@shian/antd';
      declare const editing: boolean;
      export const Page = () => (
        <>
          <PageHeader title={editing ? '编辑文章' : '新增文章'} subTitle="宣传" />
          <FormDialog label="发布" title="发布文章" okText="确定" success="已发布" onSubmit={async () => undefined}>
            {null}
          </FormDialog>
          <SearchFilter list={null as never} placeholder="标题" />
          <SelectFilter list={null as never} name="kind" label="类型" options={[]} />
          <ExportButton label="导出" filename="文章" />
          <Button aria-label="删除" data-action="删除">x</Button>
          <Input placeholder="请输入标题" />
          <Button title={editing ? '保存' : undefined}>x</Button>
        </>
      );
    `,
      Object.fromEntries(
        ['编辑文章', '新增文章', '宣传', '发布', '发布文章', '确定', '已发布', '标题', '类型', '导出', '文章'].map(
          (key) => [key, `en:${key.length}`],
        ),
      ),
    );
    expect(found.map((p) => [p.text, p.reason])).toEqual([
      ['请输入标题', `Input placeholder="…" is shown as written: pass {t('…')}`],
      ['保存', `Button title="…" is shown as written: pass {t('…')}`],
    ]);
  });

  it('reports objects written inline in a JSX attribute unless a kit prop translates that property', () => {
    const found = problems(
      `
      import { DataTable, StatusTag, t } from '@shian/ui-kit';
      import { Form, Select } from '@shian/antd';
      export const Page = () => (
        <>
          <DataTable columns={[{ title: '名称', dataIndex: 'name', filters: [{ text: '食品', value: 'F' }] }]} />
          <StatusTag value="A" map={{ A: { label: '草稿', color: 'blue' } }} />
          <Select options={[{ value: 'y', label: '是' }]} />
          <Form.Item name="name" rules={[{ required: true, message: '请输入名称' }]} />
          <Form initialValues={{ organizer: '区市场监管局' }} style={{ fontFamily: '宋体' }} />
          <Select.Option value="食品">{t('食品')}</Select.Option>
        </>
      );
      export const OPTIONS = [{ value: 'n', label: '否' }];
    `,
      { 名称: 'Name', 食品: 'Food', 草稿: 'Draft', 是: 'Yes', 请输入名称: 'Enter the name', 否: 'No' },
    );
    expect(found.map((p) => [p.text, p.reason])).toEqual([
      ['食品', "DataTable columns={{ text: '…' }} is shown as written: pass t('…')"],
      ['是', "Select options={{ label: '…' }} is shown as written: pass t('…')"],
      ['请输入名称', "Item rules={{ message: '…' }} is shown as written: pass t('…')"],
    ]);
  });

  it('reports Chinese call arguments unless t(), i18n.t(), labelOf() or an error shown through errorText takes them', () => {
    const found = problems(
      `
      import { t, i18n, labelOf } from '@shian/ui-kit';
      declare const message: { success(text: string): void };
      declare const map: never; declare const value: never; declare const count: number;
      export function save() {
        message.success('已保存');
        message.success(t('已保存'));
        message.success(i18n.t('已删除'));
        message.success(t('共 {{count}} 条', { count }));
        labelOf(map, value, '未填');
        if (count) throw new Error('保存失败');
        throw new Error('未登记的错误');
      }
    `,
      {
        已保存: 'Saved',
        已删除: 'Deleted',
        '共 {{count}} 条': '{{count}} in all',
        未填: 'Not filled',
        保存失败: 'Saving failed',
      },
    );
    // An error's message is a key (errorText translates it where it is shown): it needs only its English.
    expect(found.map((p) => [p.text, p.reason])).toEqual([
      ['已保存', "argument of message.success() is shown as written: pass t('…')"],
      ['未登记的错误', "no English for '未登记的错误'"],
    ]);
  });

  it('allows other Chinese literals only with an English catalog entry', () => {
    const source = `
      import { t } from '@shian/ui-kit';
      export const STATUS = { DRAFT: { label: '草稿' }, PUBLISHED: { label: '已发布' } };
      export const columns = [{ title: '标题', dataIndex: 'title' }];
      export const EMPTY = '无';
      export const title = t('文章管理');
      export const count = t('共 {{count}} 条', { count: 1 });
    `;
    const complete = {
      草稿: 'Draft',
      已发布: 'Published',
      标题: 'Title',
      无: 'None',
      文章管理: 'Articles',
      '共 {{count}} 条': '{{count}} in all',
    };
    expect(problems(source, complete)).toEqual([]);
    const found = problems(source, {
      ...complete,
      草稿: undefined,
      已发布: '',
      标题: '标题',
      '共 {{count}} 条': 'in all',
    });
    expect(found.map((p) => p.reason)).toEqual([
      "no English for '草稿'",
      "no English for '已发布'",
      "the English for '标题' is still Chinese: '标题'",
      "the English for '共 {{count}} 条' lacks {{count}}",
    ]);
    expect(problems(source, {}).map((p) => p.text)).toEqual([
      '草稿',
      '已发布',
      '标题',
      '无',
      '文章管理',
      '共 {{count}} 条',
    ]);
  });

  it('ignores what is not shown: imports, keys, comparisons, lookups, types, concatenation is reported', () => {
    const found = problems(`
      import x from './中文模块';
      export { x };
      declare const row: { kind: string }; declare const map: Record<string, string>; declare const n: number;
      type Kind = '食品' | '药品';
      export const byKind: Record<Kind, number> = { '食品': 1, 药品: 2 };
      export const food = row.kind === '食品';
      export const lookup = map['药品'];
      export const daily = row.kind.includes('天') || row.kind.startsWith('每');
      export function label(kind: string) {
        switch (kind) {
          case '食品': return 1;
        }
        return 0;
      }
      export const joined = '共' + n;
    `);
    expect(found.map((p) => [p.text, p.reason])).toEqual([
      ['共', "concatenated text cannot be translated whole: use t('…{{x}}…', { x })"],
    ]);
  });

  it('leaves out src/gql, tests and declarations', () => {
    const dir = frontend({
      'gql/graphql.ts': "export const doc = '文章';",
      'Page.test.tsx': "it('显示文章', () => {});",
      'env.d.ts': "declare const x: '文章';",
      'nested/gql/keep.ts': "export const kept = '保留';",
    });
    expect(texts(checkMessages({ sourceDir: join(dir, 'src'), catalog: {} }))).toEqual(['保留']);
  });
});

describe('unused catalog keys', () => {
  it('are reported apart from the problems', () => {
    const dir = frontend({ 'Page.tsx': "import { t } from '@shian/ui-kit';\nexport const a = t('新增');" });
    const report = checkCatalog({ sourceDir: join(dir, 'src'), catalog: { 新增: 'New', 旧文本: 'Old text' } });
    expect(report).toEqual({ problems: [], unused: ['旧文本'] });
  });

  it('count as used when a package this catalog translates for has them', () => {
    const kit = frontend({ 'Page.tsx': "import { t } from './i18n';\nexport const a = t('新增');" });
    const auth = frontend({ 'roles.ts': "export const ROLES = { officer: '执法人员' };" });
    const catalog = { 新增: 'New', 执法人员: 'Officer', 旧文本: 'Old text' };
    const report = checkCatalog({ sourceDir: join(kit, 'src'), catalog, alsoTranslates: [join(auth, 'src')] });
    expect(report).toEqual({ problems: [], unused: ['旧文本'] });
  });
});

describe('the generated labels of the API’s enums (src/gql/labels.ts)', () => {
  const generated = [
    "import type { CaseKind, Grade } from './graphql';",
    'export const CaseKindLabels: Readonly<Record<CaseKind, string>> = {',
    '  CLUE: "线索",',
    '  FILED: "立案",',
    '};',
    'export const GradeLabels: Readonly<Record<Grade, string>> = {',
    '  A: "甲级",',
    '};',
  ].join('\n');

  it('are checked and used where a source imports them, and not otherwise', () => {
    const dir = frontend({
      'gql/labels.ts': generated,
      'labels.ts': "import { CaseKindLabels } from './gql/labels';\nexport const CASE_KIND = CaseKindLabels;",
    });
    const report = checkCatalog({ sourceDir: join(dir, 'src'), catalog: { 线索: 'Clue', 甲级: 'Grade A' } });
    expect(report).toEqual({
      problems: [{ file: 'src/gql/labels.ts', line: 4, text: '立案', reason: "no English for '立案'" }],
      unused: ['甲级'],
    });
  });

  it('count through a re-export too', () => {
    const dir = frontend({ 'gql/labels.ts': generated, 'labels.ts': "export { GradeLabels } from './gql/labels';" });
    const report = checkCatalog({ sourceDir: join(dir, 'src'), catalog: { 甲级: 'Grade A' } });
    expect(report).toEqual({ problems: [], unused: [] });
  });
});

describe('i18n-check-ignore', () => {
  it('leaves a text with a reason, on its line or the line above, as written', () => {
    const found = problems(`
      import { Segmented } from '@shian/antd';
      export const Switch = () => (
        <Segmented
          options={[
            // i18n-check-ignore: a language is named in itself
            { value: 'zh-CN', label: '中文' },
            { value: 'en', label: 'English' },
          ]}
        />
      );
      export const a = '不许'; // i18n-check-ignore:
      export const b = '可以'; // i18n-check-ignore: the brand
    `);
    expect(texts(found)).toEqual(['不许']);
  });
});

describe('expectMessagesComplete', () => {
  const page = "import { t } from '@shian/ui-kit';\nexport const a = t('新增');\nexport const B = () => <b>删除</b>;\n";

  it('passes a package whose catalog covers its sources', () => {
    const dir = frontend(
      { 'Page.tsx': "import { t } from '@shian/ui-kit';\nexport const a = t('新增');" },
      { 新增: 'New' },
    );
    expect(() => expectMessagesComplete(dir)).not.toThrow();
  });

  it('throws a readable list of the problems and the unused keys, unless allowUnused', () => {
    const dir = frontend({ 'Page.tsx': page }, { 旧文本: 'Old text' });
    expect(() => expectMessagesComplete(dir)).toThrow(
      [
        `${dir.split('/').pop()}: the English catalog (src/messages/en.json) does not cover the sources.`,
        '2 text(s) to fix:',
        `  src/Page.tsx:2  "新增"  no English for '新增'`,
        `  src/Page.tsx:3  "删除"  JSX text: wrap in {t('…')}`,
        '1 catalog key(s) no source uses (delete them, or pass { allowUnused: true }):',
        '  "旧文本"',
      ].join('\n'),
    );
    const unusedOnly = frontend(
      { 'Page.tsx': "import { t } from '@shian/ui-kit';\nt('新增');" },
      { 新增: 'New', 旧: 'Old' },
    );
    expect(() => expectMessagesComplete(unusedOnly)).toThrow('"旧"');
    expect(() => expectMessagesComplete(unusedOnly, { allowUnused: true })).not.toThrow();
  });

  it('says so when the package has no catalog', () => {
    const dir = frontend({ 'Page.tsx': page });
    expect(() => expectMessagesComplete(new URL(`file://${dir}/`))).toThrow('There is no src/messages/en.json');
  });
});
