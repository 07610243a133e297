import { data } from './graphql';

const officer = { as: 'officer' };

/** A calendar date `days` from today in China, "YYYY-MM-DD". */
export const chinaDay = (days = 0) =>
  new Date(Date.now() + 8 * 3_600_000 + days * 86_400_000).toISOString().slice(0, 10);

const MOVE = 'mutation ($input: CaseMoveInput!) { moveCase(input: $input) { id version status transfer { id } } }';

/** A fresh clue (线索) for E0050, so tests never depend on the demo data's state. */
export async function freshClue(title: string): Promise<{ id: string; version: number }> {
  const { createClue } = await data(
    officer,
    'mutation ($input: ClueInput!) { createClue(input: $input) { id version } }',
    {
      input: {
        title,
        source: 'COMPLAINT',
        entityId: 'E0050',
        townshipId: '511902002',
        receivedOn: chinaDay(-6),
        description: '根测试登记的线索',
      },
    },
  );
  return createClue;
}

/** A fresh case transferred to `department` (filed and investigated first for a criminal transfer). */
export async function freshTransfer(department: 'POLICE' | 'EDUCATION' | 'AGRICULTURE', title: string) {
  let record = await freshClue(title);
  const move = async (input: Record<string, unknown>) => {
    const { moveCase } = await data(officer, MOVE, { input: { caseId: record.id, version: record.version, ...input } });
    record = moveCase;
    return moveCase;
  };
  if (department === 'POLICE') {
    await move({ to: 'FILED', on: chinaDay(-5), officerIds: ['IN05', 'IN06'], violations: ['COUNTERFEIT'] });
    await move({ to: 'INVESTIGATING', on: chinaDay(-5) });
  }
  const moved = await move({
    to: 'TRANSFERRED',
    on: chinaDay(-1),
    transfer: {
      department,
      kind: department === 'POLICE' ? 'CRIMINAL' : 'JURISDICTION',
      reason: department === 'POLICE' ? '涉嫌假冒注册商标罪' : '属本部门管辖',
      copiedToProcuratorate: department === 'POLICE',
    },
  });
  return { caseId: moved.id as string, transferId: moved.transfer.id as string };
}
