// Facts from an exchange's profile, shown in the page's language, so a value (a limit, a menu path, an
// error text) has one source for both languages. Pages import the exchange's own profile module and pass
// it in, so a page carries only the profiles it shows.
import type {ReactNode} from 'react';
import type {ExchangeProfile, MenuPath as Menu, Sourced} from '@site/src/profiles/types';
import {usePageLocale} from '../CheckerParts/usePageLocale';

const useZh = () => usePageLocale() === 'zh-Hans';

/** The labels clicked in turn, as the page language's UI shows them: Profile → API → Create API key. */
export function MenuPath({
  exchange,
  menu,
  platform = 'web',
}: {
  exchange: ExchangeProfile;
  menu: string;
  platform?: Menu['platform'];
}): ReactNode {
  const zh = useZh();
  const found = exchange.menus.find((m) => m.id === menu && m.platform === platform);
  if (!found) throw new Error(`${exchange.id} has no ${platform} menu "${menu}"`);
  const steps = (zh && found.steps.zh.value !== 'unknown' ? found.steps.zh : found.steps.en).value;
  if (steps === 'unknown') throw new Error(`${exchange.id}: the ${platform} menu "${menu}" is not sourced`);
  return steps.map((step, i) => (
    <span key={step}>
      {i > 0 && ' → '}
      {zh ? `【${step}】` : <strong>{step}</strong>}
    </span>
  ));
}

/** The exchange's own text for one of its errors, in the page's language where it publishes one. */
export function ErrorText({exchange, code}: {exchange: ExchangeProfile; code: string}): ReactNode {
  const zh = useZh();
  const entry = exchange.errors.find((e) => e.code === code);
  if (!entry) throw new Error(`${exchange.id} has no error ${code}`);
  return <q>{(zh && entry.zh ? entry.zh : entry.en).value}</q>;
}

/** A number or word from the profile (`fact` is a dotted path to a sourced fact: "ipWhitelist.maxEntries"). */
export function FactValue({exchange, fact}: {exchange: ExchangeProfile; fact: string}): ReactNode {
  const sourced = fact
    .split('.')
    .reduce<unknown>((at, key) => (at as Record<string, unknown> | undefined)?.[key], exchange) as
    Sourced<unknown> | undefined;
  const value = sourced?.value;
  if (typeof value !== 'string' && typeof value !== 'number')
    throw new Error(`${exchange.id}.${fact} is not a sourced word or number`);
  if (value === 'unknown') throw new Error(`${exchange.id}.${fact} is not sourced: the page must not state it`);
  return <>{value}</>;
}
