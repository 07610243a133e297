import { Form, Input } from '@shian/antd';
import type { TypedDocumentNode } from '@shian/graphql-client';
import { refusal, remoteRenderer, sentVariables, stubGateway, testToken } from '@shian/remote-testing';
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { parse } from 'graphql';
import { describe, expect, it, vi } from 'vitest';
import { defineRemote, FormDialog, MutationButton, MutationDialog, NewRecordDialog, RecordActions } from '../src';

const CreateThing = parse(`
  mutation CreateThing($input: ThingInput!) {
    createThing(input: $input) {
      id
    }
  }
`) as TypedDocumentNode<{ createThing: { id: string } }, { input: { title: string } }>;

/** The gateway's answers: the thing created as T-1, its title refused, or the record changed meanwhile. */
const created = { CreateThing: () => ({ data: { createThing: { id: 'T-1' } } }) };
const refused = { CreateThing: () => refusal('标题已存在', { code: 'BAD_USER_INPUT', field: 'title' }) };
const conflict = { CreateThing: () => refusal('记录已被修改,请刷新后重试', { code: 'CONFLICT' }) };

interface Values {
  title: string;
}

const renderInModule = remoteRenderer(defineRemote({ module: 'things', label: '测试', pages: [] }), '/things');
const townshipToken = testToken({ sub: 'township', name: '张监管', role: 'township', townshipId: '511902001' });
const villageToken = testToken({ sub: 'village', name: '赵信息员', role: 'village' });

const titleField = (
  <Form.Item name="title" label="标题" rules={[{ required: true, message: '请填写标题' }]}>
    <Input />
  </Form.Item>
);

async function submit(button: RegExp | string, title: string, ok: RegExp | string = '确定') {
  await act(async () => fireEvent.click(screen.getByRole('button', { name: button })));
  fireEvent.change(await screen.findByLabelText('标题'), { target: { value: title } });
  await act(async () => fireEvent.click(screen.getByRole('button', { name: ok })));
}

describe('MutationDialog', () => {
  it('runs its mutation with the variables of the validated form and hands the typed answer to onDone', async () => {
    const calls = stubGateway(created);
    const done = vi.fn();
    render(
      renderInModule(
        <MutationDialog
          label="登记"
          success="已登记"
          mutation={CreateThing}
          variables={(v: Values) => ({ input: { title: v.title.trim() } })}
          onDone={(answer) => done(answer?.data?.createThing.id)}
        >
          {titleField}
        </MutationDialog>,
      ),
    );
    await submit('登记', '  通报 ');
    await waitFor(() => expect(done).toHaveBeenCalledWith('T-1'));
    expect(sentVariables(calls, 'CreateThing')).toEqual({ input: { title: '通报' } });
    expect(await screen.findByText('已登记')).toBeTruthy();
  });

  it("puts the server's refusal of a field under that field, and sends nothing until the form validates", async () => {
    const calls = stubGateway(refused);
    const done = vi.fn();
    render(
      renderInModule(
        <MutationDialog
          label="登记"
          success="已登记"
          mutation={CreateThing}
          variables={(v: Values) => ({ input: v })}
          onDone={done}
        >
          {titleField}
        </MutationDialog>,
      ),
    );
    await submit('登记', '');
    expect(await screen.findByText('请填写标题')).toBeTruthy();
    expect(calls).toEqual([]);
    fireEvent.change(screen.getByLabelText('标题'), { target: { value: '通报' } });
    await act(async () => fireEvent.click(screen.getByRole('button', { name: '确定' })));
    expect(await screen.findByText('标题已存在')).toBeTruthy();
    expect(done).not.toHaveBeenCalled();
  });
});

describe('NewRecordDialog', () => {
  const dialog = (district?: boolean) => (
    <NewRecordDialog
      district={district}
      label={district ? '新建专项' : '登记检查'}
      success="已保存"
      mutation={CreateThing}
      variables={(v: Values) => ({ input: v })}
    >
      {titleField}
    </NewRecordDialog>
  );

  it('is a primary button with a plus whose dialog saves with 保存', async () => {
    const calls = stubGateway(created);
    render(renderInModule(dialog()));
    const button = screen.getByRole('button', { name: /登记检查/ });
    expect(button.className).toContain('ant-btn-primary');
    expect(button.querySelector('.anticon-plus')).toBeTruthy();
    await submit(/登记检查/, '通报', /保\s*存/);
    await waitFor(() => expect(sentVariables(calls, 'CreateThing')).toEqual({ input: { title: '通报' } }));
  });

  it("is offered to writers only, and with district to the district's writers only", () => {
    render(renderInModule(dialog(), { token: villageToken }));
    expect(screen.queryByRole('button', { name: /登记检查/ })).toBeNull();
    render(
      renderInModule(
        <>
          {dialog()}
          {dialog(true)}
        </>,
        { token: townshipToken },
      ),
    );
    expect(screen.getByRole('button', { name: /登记检查/ })).toBeTruthy();
    expect(screen.queryByRole('button', { name: /新建专项/ })).toBeNull();
  });
});

describe('RecordActions', () => {
  it('has the record read again after any of its dialogs worked, unless the dialog says what follows', async () => {
    stubGateway(created);
    const changed = vi.fn();
    const own = vi.fn();
    render(
      renderInModule(
        <RecordActions onChanged={changed}>
          <MutationDialog
            label="签收"
            success="已签收"
            mutation={CreateThing}
            variables={(v: Values) => ({ input: v })}
          >
            {titleField}
          </MutationDialog>
          <FormDialog<Values> label="答复" success="已答复" onSubmit={async () => ({})} onDone={own}>
            <p>答复处理结果</p>
          </FormDialog>
        </RecordActions>,
      ),
    );
    await submit('签收', '回执');
    await waitFor(() => expect(changed).toHaveBeenCalledTimes(1));
    await act(async () => fireEvent.click(screen.getByRole('button', { name: '答复' })));
    expect(await screen.findByText('答复处理结果')).toBeTruthy();
    // The first dialog may still be closing: its 确定 comes first.
    await act(async () => fireEvent.click(screen.getAllByRole('button', { name: '确定' }).at(-1)!));
    await waitFor(() => expect(own).toHaveBeenCalledTimes(1));
    expect(changed).toHaveBeenCalledTimes(1);
  });
});

describe('MutationButton', () => {
  it('runs its mutation with the variables of the moment, says so, and hands over the answer', async () => {
    const calls = stubGateway(created);
    const done = vi.fn();
    let title = '通报';
    render(
      renderInModule(
        <MutationButton
          mutation={CreateThing}
          variables={() => ({ input: { title } })}
          success="已公示"
          onDone={(answer) => done(answer.data?.createThing.id)}
        >
          公示
        </MutationButton>,
      ),
    );
    title = '公告';
    await act(async () => fireEvent.click(screen.getByRole('button', { name: /公\s*示/ })));
    await waitFor(() => expect(done).toHaveBeenCalledWith('T-1'));
    expect(sentVariables(calls, 'CreateThing')).toEqual({ input: { title: '公告' } });
    expect(await screen.findByText('已公示')).toBeTruthy();
  });

  it('says a refusal and leaves the record as it was', async () => {
    stubGateway(refused);
    const done = vi.fn();
    render(
      renderInModule(
        <MutationButton
          mutation={CreateThing}
          variables={() => ({ input: { title: '' } })}
          success="已公示"
          onDone={done}
        >
          公示
        </MutationButton>,
      ),
    );
    await act(async () => fireEvent.click(screen.getByRole('button', { name: /公\s*示/ })));
    expect(await screen.findByText('标题已存在')).toBeTruthy();
    expect(done).not.toHaveBeenCalled();
  });

  it('on a CONFLICT warns as a dialog does and reads the record again on OK', async () => {
    stubGateway(conflict);
    const changed = vi.fn();
    render(
      renderInModule(
        <RecordActions onChanged={changed}>
          <MutationButton mutation={CreateThing} variables={() => ({ input: { title: '通报' } })} success="已公示">
            公示
          </MutationButton>
        </RecordActions>,
      ),
    );
    await act(async () => fireEvent.click(screen.getByRole('button', { name: /公\s*示/ })));
    expect((await screen.findAllByText('记录已被他人修改')).length).toBeGreaterThan(0);
    expect(changed).not.toHaveBeenCalled();
    await act(async () => fireEvent.click(screen.getAllByRole('button', { name: /知道了|确定|OK/ }).at(-1)!));
    await waitFor(() => expect(changed).toHaveBeenCalledTimes(1));
  });

  it('with confirm, asks first and sends nothing until confirmed; in a RecordActions row it reloads the record', async () => {
    const calls = stubGateway(created);
    const changed = vi.fn();
    render(
      renderInModule(
        <RecordActions onChanged={changed}>
          <MutationButton
            mutation={CreateThing}
            variables={() => ({ input: { title: '复核' } })}
            success="已复核"
            confirm={{ title: '确认整改已复核到位?', okText: '复核通过' }}
          >
            复核
          </MutationButton>
        </RecordActions>,
      ),
    );
    await act(async () => fireEvent.click(screen.getByRole('button', { name: /复\s*核/ })));
    expect(await screen.findByText('确认整改已复核到位?')).toBeTruthy();
    expect(calls).toEqual([]);
    await act(async () => fireEvent.click(screen.getByRole('button', { name: '复核通过' })));
    await waitFor(() => expect(changed).toHaveBeenCalledTimes(1));
    expect(sentVariables(calls, 'CreateThing')).toEqual({ input: { title: '复核' } });
  });
});
