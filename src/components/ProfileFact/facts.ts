// Which sourced fact of a profile a page shows, in the page's language: one lookup per kind of fact,
// shared by the MDX components (which render the value) and the unit test that checks each page's
// Sources section lists the source of every fact the page shows. No React here.
import type {ExchangeProfile, Maybe, OnScreen, Sourced, TerminalProfile} from '@site/src/profiles/types';

export type Lang = 'en' | 'zh';

/** The components that show one fact inline, as a word of a sentence (index.tsx), one per lookup below. */
export const INLINE_FACT_COMPONENTS = [
  'MenuPath',
  'Label',
  'FactValue',
  'ErrorText',
  'ExpiryDays',
  'TerminalField',
] as const;

/** A fact whose value may be shown: never 'unknown' (a page must not state what no source supports). */
function known<T>(fact: Sourced<Maybe<T>> | undefined, what: string): Sourced<T> {
  if (!fact) throw new Error(`${what}: no such fact in the profile`);
  if (fact.value === 'unknown') throw new Error(`${what} is not sourced: the page must not state it`);
  return fact as Sourced<T>;
}

/** The Chinese UI's words on a Chinese page where the exchange publishes them, else the English UI's. */
function onScreen<T>(label: OnScreen<T>, lang: Lang, what: string): Sourced<T> {
  return known(lang === 'zh' && label.zh.value !== 'unknown' ? label.zh : label.en, what);
}

export function menuFact(
  exchange: ExchangeProfile,
  menu: string,
  platform: 'web' | 'app',
  lang: Lang,
): Sourced<readonly string[]> {
  const found = exchange.menus.find((m) => m.id === menu && m.platform === platform);
  if (!found) throw new Error(`${exchange.id} has no ${platform} menu "${menu}"`);
  return onScreen(found.steps, lang, `${exchange.id}: the ${platform} menu "${menu}"`);
}

/** What a label names: one of the key's credentials, a field of the key form, or a permission. */
export type LabelOf = {credential: string} | {field: string} | {permission: string};

export function labelFact(exchange: ExchangeProfile, of: LabelOf, lang: Lang): Sourced<string> {
  const [kind, id] = Object.entries(of)[0] as [keyof LabelOf & string, string];
  const list: readonly {id: string; label: OnScreen}[] =
    kind === 'credential' ? exchange.credentials : kind === 'field' ? exchange.keyForm : exchange.permissions;
  const found = list.find((item) => item.id === id);
  if (!found) throw new Error(`${exchange.id} has no ${kind} "${id}"`);
  return onScreen(found.label, lang, `${exchange.id}: the label of ${kind} "${id}"`);
}

/** A sourced word or number by its dotted path in the profile: "ipWhitelist.maxEntries". */
export function valueFact(exchange: ExchangeProfile, path: string): Sourced<string | number> {
  const fact = path
    .split('.')
    .reduce<unknown>((at, key) => (at as Record<string, unknown> | undefined)?.[key], exchange) as
    Sourced<Maybe<unknown>> | undefined;
  const shown = known(fact, `${exchange.id}.${path}`);
  if (typeof shown.value !== 'string' && typeof shown.value !== 'number')
    throw new Error(`${exchange.id}.${path} is not a sourced word or number`);
  return shown as Sourced<string | number>;
}

/** The exchange's own text for one of its errors: its Chinese text on a Chinese page where it publishes one. */
export function errorFact(exchange: ExchangeProfile, code: string, lang: Lang): Sourced<string> {
  const entry = exchange.errors.find((e) => e.code === code);
  if (!entry) throw new Error(`${exchange.id} has no error ${code}`);
  return lang === 'zh' && entry.zh ? entry.zh : entry.en;
}

/** How many days one of the exchange's expiry rules gives, chosen by how the days are counted. */
export function expiryFact(exchange: ExchangeProfile, counting: string): Sourced<number> {
  const rules = known(exchange.expiry, `${exchange.id}.expiry`);
  const found = rules.value.filter((rule) => rule.counting === counting);
  if (found.length !== 1)
    throw new Error(`${exchange.id}: ${found.length} expiry rules count "${counting}", a page needs exactly one`);
  return {...rules, value: found[0].days};
}

/** A field of the terminal's add-key form for an exchange, as the terminal labels it (terminals are English only). */
export function terminalFieldFact(terminal: TerminalProfile, exchange: string, field: string): Sourced<string> {
  const support = terminal.exchanges.find((s) => s.exchange === exchange);
  if (!support) throw new Error(`${terminal.id} does not list ${exchange}`);
  const fields = [
    ...(terminal.fields && terminal.fields.value !== 'unknown' ? terminal.fields.value : []),
    ...(support.fields && support.fields.value !== 'unknown' ? support.fields.value : []),
  ];
  const found = fields.find((f) => f.id === field);
  if (!found) throw new Error(`${terminal.id}'s ${exchange} form has no field "${field}"`);
  return known(found.label, `${terminal.id}: the ${exchange} field "${field}"`);
}
