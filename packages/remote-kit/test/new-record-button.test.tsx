import { remoteRenderer } from '@shian/remote-testing';
import { useLocation } from '@shian/router';
import { act, fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { defineRemote, NewRecordButton } from '../src';

const renderInModule = remoteRenderer(defineRemote({ label: '测试', routes: () => null }), '/things');

function Where() {
  return <output aria-label="地址">{useLocation().pathname}</output>;
}

describe('NewRecordButton', () => {
  it("opens the module's page for a new record, /new unless told otherwise", async () => {
    render(
      renderInModule(
        <>
          <NewRecordButton>新增物品</NewRecordButton>
          <Where />
        </>,
      ),
    );
    await act(async () => fireEvent.click(screen.getByRole('button', { name: /新增物品/ })));
    expect(screen.getByLabelText('地址').textContent).toBe('/things/new');
  });

  it('opens the page it is given', async () => {
    render(
      renderInModule(
        <>
          <NewRecordButton to="/plans/new">新增计划</NewRecordButton>
          <Where />
        </>,
      ),
    );
    await act(async () => fireEvent.click(screen.getByRole('button', { name: /新增计划/ })));
    expect(screen.getByLabelText('地址').textContent).toBe('/things/plans/new');
  });
});
