import i18next from 'i18next';
import { useTranslation } from 'react-i18next';
import { describeError } from '@shian/graphql-client';
import { DOMAINS } from '@shian/platform';
import en from './messages/en.json';

/**
 * The platform's messages, gettext-style: a message's key is its Chinese text. zh-CN is what the bureau reads and
 * what the code says, so it needs no catalog; every other language is a catalog from Chinese to that language
 * (`src/messages/en.json` in each package, registered with `addMessages`). A text missing from a catalog shows in
 * Chinese, and the packages' catalog checks fail on it.
 *
 * One instance for the page: ui-kit is a Module Federation singleton, so the shell and every remote translate
 * with it and switch together.
 */
export const i18n = i18next.createInstance();
void i18n.init({
  lng: 'zh-CN',
  fallbackLng: false,
  resources: {},
  // Keys are sentences: dots and colons in them are text, not paths.
  keySeparator: false,
  nsSeparator: false,
  // React escapes what it renders.
  interpolation: { escapeValue: false },
  initAsync: false,
  returnEmptyString: false,
  // A frontend's own catalog first; the kits' words fill in what it does not say.
  ns: ['translation', 'kit'],
  defaultNS: 'translation',
  fallbackNS: 'kit',
});

export type Messages = Readonly<Record<string, string>>;
export type MessageValues = Record<string, string | number | null | undefined>;
export type Translate = (text: string, values?: MessageValues) => string;

/**
 * The kits' catalogs (ui-kit's, remote-kit's) live in their own namespace: the same Chinese word can mean one thing
 * in a kit and another on a page (修改 is "Changed" in the audit trail and "Edit" on a remote's button).
 */
export const KIT_NAMESPACE = 'kit';

/** Registers a package's catalog for a language (added to what the others registered); the kits pass `KIT_NAMESPACE`. */
export function addMessages(language: 'en', messages: Messages, namespace = 'translation') {
  i18n.addResources(language, namespace, messages as Record<string, string>);
}

type MessagesModule = { default: Messages } | Messages;
interface Loader {
  language: 'en';
  load: () => Promise<MessagesModule>;
  namespace: string;
  done?: Promise<void>;
  loaded?: boolean;
}
const loaders: Loader[] = [];

function runLoader(loader: Loader): Promise<void> {
  loader.done ??= loader.load().then((loaded) => {
    const messages = ('default' in loaded ? loaded.default : loaded) as Messages;
    addMessages(loader.language, messages, loader.namespace);
    loader.loaded = true;
  });
  return loader.done;
}

/**
 * A catalog fetched only when its language is chosen (`() => import('./messages/en.json')`): the shell's first load
 * pays for no English it may never show. Registered at once if that language is already on.
 */
export function addMessagesLoader(language: 'en', load: () => Promise<MessagesModule>, namespace = 'translation') {
  const loader = { language, load, namespace };
  loaders.push(loader);
  if (i18n.language === language) void runLoader(loader).then(() => i18n.changeLanguage(language));
}

/** Fetches a language's catalogs that load on demand (none to fetch: at once). */
export async function loadMessages(language: string): Promise<void> {
  await Promise.all(loaders.filter((l) => l.language === language).map(runLoader));
}

/** Whether a language can be shown now: every catalog of it that loads on demand is there. */
export const messagesLoaded = (language: string) => loaders.every((l) => l.language !== language || l.loaded);

/**
 * The text in the current language. For code that runs while a component renders (column renderers, label maps);
 * a component that shows text calls `useT()` so it re-renders on the switch.
 */
// ui-kit's own texts, and those of the packages below it that it shows: roles and departments (@shian/auth), the
// domains' names (@shian/platform) and the client's error messages (@shian/graphql-client).
addMessages('en', en, KIT_NAMESPACE);
// A domain added by `pnpm new:domain` (its label in Chinese only) reads in English by its name until this catalog
// gives it words: `daily-check` is "Daily check".
addMessages(
  'en',
  Object.fromEntries(
    DOMAINS.filter((domain) => !(domain.label in en)).map((domain) => {
      const words = domain.name.replace(/[-_]+/g, ' ');
      return [domain.label, words.charAt(0).toUpperCase() + words.slice(1)];
    }),
  ),
  KIT_NAMESPACE,
);

export const t: Translate = (text, values) => i18n.t(text, values as Record<string, unknown>) as string;

/** A kit's own words (its buttons, messages and headings): the kit's meaning first, then the frontends'. */
export const kitT: Translate = (text, values) =>
  i18n.t(text, { ...(values as Record<string, unknown>), ns: [KIT_NAMESPACE, 'translation'] }) as string;

/** `t`, and a re-render of the component when the language switches. */
export function useT(): Translate {
  useTranslation(undefined, { i18n });
  return t;
}

/** An error's message for the user in the current language (`describeError`'s key, translated). */
export function errorText(error: unknown): string {
  const { text, values } = describeError(error);
  return kitT(text, values && { domain: kitT(values.domain) });
}
