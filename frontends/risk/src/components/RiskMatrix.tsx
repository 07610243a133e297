import { labelOf, optionsOf, useT } from '@shian/ui-kit';
import { Flex, Form, Select, Typography } from '@shian/antd';
import { graphql } from '../gql';
import type { RiskLevel } from '../gql/graphql';
import { LEVEL_COLOR, RISK_LEVEL } from '../labels';
import { MutationDialog } from '@shian/remote-kit';
import type { ReactNode } from 'react';

export const RiskMatrixQuery = graphql(`
  query RiskMatrix {
    riskMatrix {
      likelihoods
      severities
      cells
      updatedAt
    }
  }
`);

const UpdateRiskMatrixMutation = graphql(`
  mutation UpdateRiskMatrix($cells: [[RiskLevel!]!]!) {
    updateRiskMatrix(cells: $cells) {
      likelihoods
      severities
      cells
      updatedAt
    }
  }
`);

export interface MatrixView {
  likelihoods: number;
  severities: number;
  cells: RiskLevel[][];
}

const range = (n: number) => Array.from({ length: n }, (_, i) => i + 1);
const cellStyle = { width: 96, height: 56, textAlign: 'center' as const, border: '1px solid #fff' };

/** The likelihood × severity table (likelihood 5 at the top, as a risk matrix is read), each cell as `cell` draws it. */
function MatrixTable({
  matrix,
  cell,
  'aria-label': label,
}: {
  matrix: MatrixView;
  cell: (likelihood: number, severity: number) => ReactNode;
  'aria-label'?: string;
}) {
  const t = useT();
  return (
    <table aria-label={label} style={{ borderCollapse: 'collapse' }}>
      <thead>
        <tr>
          <th>{t('可能性 \\ 严重性')}</th>
          {range(matrix.severities).map((s) => (
            <th key={s}>{s}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        {range(matrix.likelihoods)
          .reverse()
          .map((l) => (
            <tr key={l}>
              <th>{l}</th>
              {range(matrix.severities).map((s) => cell(l, s))}
            </tr>
          ))}
      </tbody>
    </table>
  );
}

/** The grid, each cell in its level's colour with the number of risks in it. `counts[l-1][s-1]`. */
export function MatrixGrid({ matrix, counts }: { matrix: MatrixView; counts: number[][] }) {
  const t = useT();
  return (
    <MatrixTable
      aria-label="风险矩阵"
      matrix={matrix}
      cell={(l, s) => {
        const level = matrix.cells[l - 1]?.[s - 1];
        const count = counts[l - 1]?.[s - 1] ?? 0;
        return (
          <td
            key={s}
            data-testid={`cell-${l}-${s}`}
            title={t('可能性 {{l}} × 严重性 {{s}}:{{level}},{{count}} 项', {
              l,
              s,
              level: labelOf(RISK_LEVEL, level),
              count,
            })}
            style={{
              ...cellStyle,
              background: level ? LEVEL_COLOR[level] : '#eee',
              color: level === 'GENERAL' ? '#000' : '#fff',
              fontWeight: count ? 600 : 400,
            }}
          >
            {count || ''}
          </td>
        );
      }}
    />
  );
}

export function MatrixLegend() {
  return (
    <Flex gap={12} wrap>
      {(Object.keys(RISK_LEVEL) as RiskLevel[]).map((level) => (
        <Flex key={level} gap={4} align="center">
          <span style={{ display: 'inline-block', width: 14, height: 14, background: LEVEL_COLOR[level] }} />
          <Typography.Text>{labelOf(RISK_LEVEL, level)}</Typography.Text>
        </Flex>
      ))}
    </Flex>
  );
}

/** 调整风险矩阵 (leaders): each cell's level; the subgraph recomputes every risk's level and records changes. */
export function EditMatrixButton({ matrix, onDone }: { matrix: MatrixView; onDone?: () => void }) {
  const t = useT();
  return (
    <MutationDialog
      label="调整风险矩阵"
      width={760}
      initialValues={{ cells: matrix.cells }}
      success="风险矩阵已调整,各风险等级已按新矩阵重新计算"
      onDone={onDone}
      mutation={UpdateRiskMatrixMutation}
      variables={(v: { cells: RiskLevel[][] }) => ({ cells: v.cells })}
    >
      <Typography.Paragraph type="secondary">
        {t('调整后各项风险的等级按新矩阵重新计算,等级变化记入其等级变更记录(原因“风险矩阵调整”)。')}
      </Typography.Paragraph>
      <MatrixTable
        matrix={matrix}
        cell={(l, s) => (
          <td key={s} style={{ padding: 2 }}>
            <Form.Item
              noStyle
              name={['cells', l - 1, s - 1]}
              rules={[{ required: true, message: t('每一格都须有等级') }]}
            >
              <Select
                aria-label={t('可能性{{l}}严重性{{s}}', { l, s })}
                options={optionsOf(RISK_LEVEL)}
                style={{ width: 110 }}
                virtual={false}
              />
            </Form.Item>
          </td>
        )}
      />
    </MutationDialog>
  );
}
