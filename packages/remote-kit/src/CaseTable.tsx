import { kitT, useT } from '@shian/ui-kit';
import { tableCells } from './cells';
import { graphql } from './gql';
import type { CaseRowFragment } from './gql/graphql';
import { CASE_STATUS } from './labels';
import { CaseLink } from './ModuleLink';
import { RecordTable } from './record';

// What a record's table of cases reads of each: `cases { ...CaseRow }` in a remote's query (every remote's codegen
// reads the kit's documents).
graphql(`
  fragment CaseRow on Case {
    id
    number
    title
    status
    receivedOn
  }
`);

const cell = tableCells<CaseRowFragment>();

/**
 * The leads and cases of a record that names them (a business's, an inspection's, an opinion event's): 立案编号 (a lead
 * has none yet), 案由 leading to the case, 状态 and 受理日期. The rows are what the owner's field answered, in the
 * caller's case scope; `empty` says why there are none (translated by the caller).
 */
export function CaseTable({
  rows,
  empty,
  'aria-label': ariaLabel,
}: {
  rows: readonly CaseRowFragment[];
  empty: string;
  'aria-label'?: string;
}) {
  useT();
  return (
    <RecordTable
      aria-label={ariaLabel}
      rows={rows}
      empty={empty}
      columns={[
        { title: kitT('立案编号'), key: 'number', render: (_, row) => row.number ?? kitT('(线索)') },
        { title: kitT('案由'), key: 'title', render: (_, row) => <CaseLink id={row.id}>{row.title}</CaseLink> },
        { title: kitT('状态'), ...cell.label('status', CASE_STATUS) },
        { title: kitT('受理日期'), ...cell.date('receivedOn') },
      ]}
    />
  );
}
