// Facts from an exchange's profile, shown in the page's language, so a value (a limit, a menu path, an
// error text) has one source for both languages. Pages import the exchange's own profile module and pass
// it in, so a page carries only the profiles it shows; ErrorCodes, which lists what every exchange
// answers, reads them all.
import {Fragment, type ReactNode} from 'react';
import {exchanges} from '@site/src/exchanges';
import type {ErrorCause, ExchangeProfile, MenuPath as Menu, Sourced} from '@site/src/profiles/types';
import {usePageLocale} from '../CheckerParts/usePageLocale';
import {siteLabel} from '../CheckerParts/exchangeName';
import styles from './styles.module.css';

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

/**
 * Every code or message the error explainer knows for one cause, exchange by exchange in profile order,
 * one exchange a line: "OKX 50106, 50113", "Backpack “Invalid signature”", "Binance -1022". An error that can mean several things
 * (Binance -2015: the key, the IP or the permissions) is listed under each of them. Codes are shown as
 * codes; an exchange that tells its errors apart by message (no code field) is shown by its message.
 */
export function ErrorCodes({cause}: {cause: ErrorCause}): ReactNode {
  const zh = useZh();
  const groups = Object.values(exchanges).flatMap((exchange) => {
    const entries = exchange.errors.filter((e) => (e.causes ?? [e.cause]).includes(cause));
    if (entries.length === 0) return [];
    const byMessage = exchange.replies.codeFields.length === 0;
    const items = entries.map((e) =>
      byMessage ? <q key={e.code}>{e.en.value.replace(/\{\d+\}/g, '0x…')}</q> : <span key={e.code}>{e.code}</span>,
    );
    return [{id: exchange.id, name: siteLabel(exchange, zh ? 'zh-Hans' : 'en'), items}];
  });
  if (groups.length === 0) throw new Error(`no exchange profile has an error with the cause ${cause}`);
  return (
    <ul className={styles.codes} data-cause={cause}>
      {groups.map(({id, name, items}) => (
        <li key={id} data-exchange={id}>
          {name}
          {'\u00a0'}
          {items.map((item, j) => (
            <Fragment key={j}>
              {j > 0 && (zh ? '、' : ', ')}
              {item}
            </Fragment>
          ))}
        </li>
      ))}
    </ul>
  );
}

export {SigningFacts} from './SigningFacts';
