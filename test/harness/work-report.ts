import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';

/**
 * The work report's fixtures for the root suite: docs/domain.md#the-2024-figures as docs/api.md#work-report fields, the sentences of the
 * summary that carry each figure, and the shell's own operations (as codegen persisted them), so that the tests ask
 * exactly what the dashboard asks.
 */

/** docs/domain.md#the-2024-figures, field by field. Materials: "12,000+" (12000余份). */
export const TABLE_2024 = {
  responsibility: { leaders: 12, entitiesCovered: 45 },
  supervision: { townshipsCovered: 22, promptLetters: 12 },
  riskGrading: { gradedShare: 1 },
  sampling: { batches: 1847 },
  enforcement: { casesFiled: 119, casesTransferred: 4, rectifications: 12 },
  training: { sessions: 13, participants: 2000, assessmentBatches: 580, workshopsUpgraded: 295 },
  publicity: { posts: 56, opinionEvents: 3, outreachEvents: 12 },
} as const;

/** Every figure of docs/api.md#work-report, for the empty-year test. */
export const API_FIGURES = `responsibility { leaders entitiesCovered }
  supervision { townshipsCovered promptLetters }
  riskGrading { gradedShare }
  sampling { batches unqualified infantFormulaBatches }
  enforcement { casesFiled casesTransferred rectifications }
  training { sessions participants assessmentBatches workshopsUpgraded }
  publicity { posts opinionEvents outreachEvents materials }`;

/** Each figure of the table inside the phrase of the summary draft that carries it (@shian/work-report). */
export const TABLE_2024_PHRASES = [
  '12名区级领导',
  '包保45家',
  '22个乡镇(街道)',
  '提示函12份',
  '分级率100%',
  '抽检监测共1847批次',
  '“批批检”',
  '专项治理12项',
  '立案119件',
  '移送起诉4件',
  '培训13次',
  '从业人员2000人',
  '考核580批次',
  '295家小作坊',
  '信息56条',
  '负面舆情3条',
  '线下宣传活动12次',
  '12000余份',
];

const PERSISTED = new URL('../../frontends/shell/src/gql/persisted-documents.json', import.meta.url);

/** One of the shell's operations, by name, as its build persisted it (what the browser sends). */
export function shellOperation(name: string): string {
  const documents = JSON.parse(readFileSync(PERSISTED, 'utf8')) as Record<string, string>;
  const found = Object.values(documents).find((text) => new RegExp(`\\b(query|mutation) ${name}\\b`).test(text));
  if (!found) throw new Error(`the shell has no operation ${name}: run its codegen`);
  return found;
}

/** The text of a .docx: its word/document.xml's runs, joined. */
export function docxText(bytes: Uint8Array): string {
  const files = unzipSync(bytes);
  const xml = files['word/document.xml'];
  if (!xml) throw new Error(`not a .docx: ${Object.keys(files).join(', ')}`);
  return [...strFromU8(xml).matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
}
