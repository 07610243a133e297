import { ConfigProvider, Segmented } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { i18n, loadMessages, messagesLoaded } from './i18n';
import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';

export type UiLocale = 'zh-CN' | 'en';

interface LocaleState {
  locale: UiLocale;
  setLocale: (locale: UiLocale) => void;
}

const LocaleContext = createContext<LocaleState | null>(null);
const STORAGE_KEY = 'shian.locale';

function initialLocale(given?: UiLocale): UiLocale {
  if (given) return given;
  return globalThis.localStorage?.getItem(STORAGE_KEY) === 'en' ? 'en' : 'zh-CN';
}

/** dayjs, the platform's messages and the page's `<html lang>` (screen readers, fonts, the browser's translate offer). */
function applyLocale(locale: UiLocale) {
  dayjs.locale(locale === 'en' ? 'en' : 'zh-cn');
  void i18n.changeLanguage(locale);
  if (globalThis.document) document.documentElement.lang = locale;
}

/**
 * Ant Design with the zh-CN locale (en as a switch), dayjs and the platform's messages in the same locale: what the shell's frame needs before
 * any page loads. Pages use `ShianUiProvider`, which adds antd's `App`. Nested providers pass through, so a remote
 * that wraps itself still follows the shell's switch.
 */
export function ShianFrameProvider({ children, locale: given }: { children: ReactNode; locale?: UiLocale }) {
  const parent = useContext(LocaleContext);
  if (parent) return <>{children}</>;
  return <RootUiProvider locale={given}>{children}</RootUiProvider>;
}

function RootUiProvider({ children, locale: given }: { children: ReactNode; locale?: UiLocale }) {
  const [wanted] = useState(() => initialLocale(given));
  // A language whose catalogs load on demand is switched to once they are there (Chinese meanwhile), so that what
  // renders for a locale always has its texts.
  const [locale, setState] = useState<UiLocale>(() => {
    const value = messagesLoaded(wanted) ? wanted : 'zh-CN';
    applyLocale(value);
    return value;
  });
  const switchTo = useCallback(async (next: UiLocale) => {
    await loadMessages(next);
    applyLocale(next);
    setState(next);
  }, []);
  // biome-ignore lint/correctness/useExhaustiveDependencies: once, for the language asked for at the start
  useEffect(() => {
    if (wanted !== locale) void switchTo(wanted);
  }, []);
  const setLocale = useCallback(
    (next: UiLocale) => {
      globalThis.localStorage?.setItem(STORAGE_KEY, next);
      void switchTo(next);
    },
    [switchTo],
  );
  const state = useMemo(() => ({ locale, setLocale }), [locale, setLocale]);
  return (
    <LocaleContext.Provider value={state}>
      <ConfigProvider
        locale={locale === 'en' ? enUS : zhCN}
        theme={{ token: { colorPrimary: '#1d5fa8' } }}
        // antd spaces out two-character Chinese labels ("登 录"); keep labels exactly as written.
        button={{ autoInsertSpace: false }}
      >
        {children}
      </ConfigProvider>
    </LocaleContext.Provider>
  );
}

export function useUiLocale(): LocaleState {
  return useContext(LocaleContext) ?? { locale: 'zh-CN', setLocale: () => {} };
}

/** 中文 / EN, for the shell's header. */
export function LocaleSwitch() {
  const { locale, setLocale } = useUiLocale();
  return (
    <Segmented<UiLocale>
      size="small"
      value={locale}
      onChange={setLocale}
      options={[
        // i18n-check-ignore: a language is offered in its own name
        { label: '中文', value: 'zh-CN' },
        { label: 'EN', value: 'en' },
      ]}
    />
  );
}
