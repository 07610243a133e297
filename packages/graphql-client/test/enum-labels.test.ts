import { buildSchema, GraphQLSchema, parse, Source } from 'graphql';
import { describe, expect, it } from 'vitest';
import { declaredOrder, enumLabelsModule, enumsUsed } from '../src/enum-labels';

const SDL = `
"""A case's state: a long description that is no label"""
enum CaseStatus {
  """线索"""
  CLUE
  """立案"""
  FILED
  """结案"""
  CLOSED
}
enum Unlabelled {
  """有"""
  SOME
  NONE
}
enum Grade {
  """甲级"""
  A
}
enum Channel {
  """电话"""
  PHONE
}
type Case { status: CaseStatus! other: Unlabelled grade: Grade }
input CaseFilter { channel: Channel }
type Query { cases(filter: CaseFilter): [Case!]! }
`;

const schema = buildSchema(SDL);
const documents = (text: string) => [{ document: parse(text) }];

describe('the enums an operation uses', () => {
  it('are those it reads and those it sends, in input objects too', () => {
    const read = enumsUsed(schema, documents('query { cases { status } }'));
    expect(read.map((type) => type.name)).toEqual(['CaseStatus']);
    const sent = enumsUsed(schema, documents('query ($f: CaseFilter) { cases(filter: $f) { grade } }'));
    expect(sent.map((type) => type.name).sort()).toEqual(['Channel', 'Grade']);
  });

  it('are not those of an input type an argument’s literal is of (the generated types have none of them)', () => {
    const literal = enumsUsed(schema, documents('query { cases(filter: { channel: PHONE }) { grade } }'));
    expect(literal.map((type) => type.name)).toEqual(['Grade']);
  });
});

describe('labels.ts', () => {
  it('holds the value descriptions of fully described enums, in the order the SDL declares them', () => {
    const used = enumsUsed(schema, documents('query { cases { status other } }'));
    const sorted = new Map([['CaseStatus', ['CLUE', 'FILED', 'CLOSED']]]);
    expect(enumLabelsModule(used, sorted)).toBe(
      [
        "// The labels of the API's enums, from the schema's enum value descriptions (@shian/graphql-client/enum-labels).",
        "import type { CaseStatus } from './graphql';",
        '',
        'export const CaseStatusLabels: Readonly<Record<CaseStatus, string>> = {',
        '  CLUE: "线索",',
        '  FILED: "立案",',
        '  CLOSED: "结案",',
        '};',
        '',
      ].join('\n'),
    );
  });

  it('takes the declared order from the sources codegen keeps on the schema', () => {
    const withSources = new GraphQLSchema({
      ...buildSchema(SDL).toConfig(),
      extensions: { sources: [new Source(SDL)] },
    });
    expect(declaredOrder(withSources).get('CaseStatus')).toEqual(['CLUE', 'FILED', 'CLOSED']);
  });

  it('is an empty module when no operation uses a described enum', () => {
    expect(enumLabelsModule([])).toContain('export {};');
  });
});
