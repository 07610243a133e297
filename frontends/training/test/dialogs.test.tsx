// biome-ignore-all lint/correctness/noComponentHookFactories: stubs are keyed by PascalCase operation names
import { entityOptions, pick, refusal, sentVariables, stubGateway } from '@shian/remote-testing';
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { RecordAttendanceButton } from '../src/components/RecordAttendanceButton';
import { RecordUpgradeButton } from '../src/components/RecordUpgradeButton';
import { renderInModule } from './fixtures';

const ENTITIES = entityOptions({
  id: 'E0001',
  name: '巴州区刘记手工挂面坊',
  township: { id: '511902003', name: '回风街道' },
});

describe('登记提档升级', () => {
  it('sends the workshop with its township, and keeps a refusal in the dialog', async () => {
    let answers = 0;
    const onRecorded = vi.fn();
    const calls = stubGateway({
      EntityOptions: ENTITIES,
      RecordWorkshopUpgrade: () =>
        ++answers === 1
          ? refusal('只能登记本乡镇(街道)的小作坊', { code: 'FORBIDDEN' })
          : { data: { recordWorkshopUpgrade: { __typename: 'WorkshopUpgrade', id: 'U1' } } },
    });
    render(renderInModule(<RecordUpgradeButton onRecorded={onRecorded} />));
    await act(async () => fireEvent.click(screen.getByRole('button', { name: /登记提档升级/ })));
    const submit = await screen.findByRole('button', { name: /提\s*交/ });
    await pick('提升后等级', '基础级');
    await act(async () => fireEvent.click(submit));
    expect(await screen.findByText('请选择小作坊')).toBeTruthy();
    expect(screen.getByText('提升后等级必须高于原等级')).toBeTruthy();
    expect(calls.some((c) => c.operationName === 'RecordWorkshopUpgrade')).toBe(false);

    await pick('小作坊', '巴州区刘记手工挂面坊(回风街道)');
    await pick('提升后等级', '示范级');
    fireEvent.change(screen.getByLabelText('验收人'), { target: { value: ' 蒲海燕 ' } });
    await act(async () => fireEvent.click(submit));
    expect((await screen.findByRole('alert')).textContent).toContain('只能登记本乡镇(街道)的小作坊');
    expect(onRecorded).not.toHaveBeenCalled();
    expect(sentVariables(calls, 'RecordWorkshopUpgrade').input).toMatchObject({
      entityId: 'E0001',
      townshipId: '511902003',
      fromLevel: 'BASIC',
      toLevel: 'MODEL',
      acceptedBy: '蒲海燕',
      improvements: '',
    });

    await act(async () => fireEvent.click(submit));
    await waitFor(() => expect(onRecorded).toHaveBeenCalledTimes(1));
  });
});

describe('登记签到 of a practitioners’ session', () => {
  it('sends every row with its business’s township; the server’s refusal names its row above the sheet', async () => {
    const calls = stubGateway({
      EntityOptions: ENTITIES,
      RecordAttendance: () =>
        refusal('第 1 行:刘德明 已签到,不能重复登记', { code: 'BAD_USER_INPUT', field: 'personName' }),
    });
    render(renderInModule(<RecordAttendanceButton sessionId="T1" category="SMALL_WORKSHOP" onRecorded={() => {}} />));
    await act(async () => fireEvent.click(screen.getByRole('button', { name: /登记签到/ })));
    const submit = await screen.findByRole('button', { name: /提\s*交/ });
    await act(async () => fireEvent.click(submit));
    expect(await screen.findByText('请选择所属主体')).toBeTruthy();
    expect(calls.some((c) => c.operationName === 'RecordAttendance')).toBe(false);

    await pick('第1行所属主体', '巴州区刘记手工挂面坊(回风街道)');
    fireEvent.change(screen.getByLabelText('第1行姓名'), { target: { value: ' 刘德明 ' } });
    fireEvent.change(screen.getByLabelText('第1行岗位'), { target: { value: '负责人' } });
    await act(async () => fireEvent.click(submit));
    await waitFor(() => expect(calls.some((c) => c.operationName === 'RecordAttendance')).toBe(true));
    expect(sentVariables(calls, 'RecordAttendance')).toEqual({
      sessionId: 'T1',
      entries: [{ entityId: 'E0001', townshipId: '511902003', personName: '刘德明', jobTitle: '负责人' }],
    });
    expect((await screen.findByRole('alert')).textContent).toContain('第 1 行:刘德明 已签到,不能重复登记');
    expect(sentVariables(calls, 'EntityOptions').filter).toMatchObject({
      category: 'SMALL_WORKSHOP',
    });
  });
});
