import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { CombinedError } from '@urql/core';
import { GraphQLError } from 'graphql';
import { afterEach, describe, expect, it } from 'vitest';
import {
  addMessages,
  addMessagesLoader,
  ErrorPanel,
  type LabelMap,
  LocaleSwitch,
  labelOf,
  PageHeader,
  ShianUiProvider,
  StatusTag,
  t,
  useT,
} from '../src';
import en from '../src/messages/en.json';

afterEach(() => {
  cleanup();
  globalThis.localStorage?.clear();
});

const KIND: LabelMap<'SHOP'> = { SHOP: { label: '测试门店' } };
addMessages('en', { 测试门店: 'Test shop', 测试页: 'Test page', '共有 {{count}} 家': '{{count}} in all' });

function Probe() {
  const t = useT();
  return (
    <>
      <LocaleSwitch />
      <PageHeader title="测试页" />
      <StatusTag value="SHOP" map={KIND} />
      <p>{t('共有 {{count}} 家', { count: 3 })}</p>
      <ErrorPanel
        compact
        error={new CombinedError({ graphQLErrors: [new GraphQLError('x', { extensions: { code: 'FORBIDDEN' } })] })}
        onRetry={() => {}}
      />
    </>
  );
}

describe('messages', () => {
  it('shows Chinese by default and the catalog’s English after the switch, with <html lang> following', async () => {
    render(
      <ShianUiProvider>
        <Probe />
      </ShianUiProvider>,
    );
    expect(document.documentElement.lang).toBe('zh-CN');
    expect(screen.getByText('测试页')).toBeTruthy();
    expect(screen.getByText('共有 3 家')).toBeTruthy();
    expect(screen.getByText('重试')).toBeTruthy();
    await act(async () => fireEvent.click(screen.getByText('EN')));
    expect(document.documentElement.lang).toBe('en');
    expect(screen.getByText('Test page')).toBeTruthy();
    expect(screen.getByText('Test shop')).toBeTruthy();
    expect(screen.getByText('3 in all')).toBeTruthy();
    expect(screen.getByText('Retry')).toBeTruthy();
    expect(screen.getByText('You do not have access to this')).toBeTruthy();
    expect(labelOf(KIND, 'SHOP')).toBe('Test shop');
    await act(async () => fireEvent.click(screen.getByText('中文')));
    expect(document.documentElement.lang).toBe('zh-CN');
    expect(screen.getByText('测试门店')).toBeTruthy();
  });

  it('has English for every text of its own, and none of it Chinese', () => {
    for (const [key, value] of Object.entries(en)) {
      expect(value, key).not.toMatch(/\p{Script=Han}/u);
      expect(value.match(/{{\w+}}/g)?.sort(), key).toEqual(key.match(/{{\w+}}/g)?.sort());
    }
    expect(t('不在目录中的句子')).toBe('不在目录中的句子');
  });
});

describe('the catalog', () => {
  it('has English for every text of ui-kit and of what it shows from auth, platform and the client', async () => {
    const { expectMessagesComplete } = await import('@shian/frontend-config/i18n-check');
    expectMessagesComplete(`${import.meta.dirname}/..`, {
      alsoTranslates: ['../auth/src', '../platform/src', '../graphql-client/src'],
    });
  });
});

function OnDemandPage() {
  const t = useT();
  return (
    <>
      <LocaleSwitch />
      <p>{t('按需加载的文字')}</p>
    </>
  );
}

describe('a catalog loaded on demand', () => {
  it('is fetched only when its language is chosen, and the page switches once it is there', async () => {
    let fetched = 0;
    addMessagesLoader('en', async () => {
      fetched += 1;
      return { default: { 按需加载的文字: 'Loaded on demand' } };
    });
    render(
      <ShianUiProvider>
        <OnDemandPage />
      </ShianUiProvider>,
    );
    expect(fetched).toBe(0);
    expect(screen.getByText('按需加载的文字')).toBeTruthy();
    await act(async () => fireEvent.click(screen.getByText('EN')));
    expect(fetched).toBe(1);
    expect(await screen.findByText('Loaded on demand')).toBeTruthy();
    expect(document.documentElement.lang).toBe('en');
    await act(async () => fireEvent.click(screen.getByText('中文')));
  });
});
