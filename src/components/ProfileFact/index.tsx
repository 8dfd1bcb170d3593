// Facts from an exchange's profile, shown in the page's language, so a value (a limit, a menu path, an
// error text) has one source for both languages. Pages import the exchange's own profile module and pass
// it in, so a page carries only the profiles it shows; ErrorCodes, which lists what every exchange
// answers, reads them all.
import {Fragment, type ReactNode} from 'react';
import {exchanges} from '@site/src/exchanges';
import type {ErrorCause, ExchangeProfile, MenuPath as Menu, TerminalProfile} from '@site/src/profiles/types';
import {
  errorFact,
  expiryFact,
  labelFact,
  menuFact,
  terminalFieldFact,
  valueFact,
  type Lang,
  type LabelOf,
} from './facts';
import {usePageLocale} from '../CheckerParts/usePageLocale';
import {siteLabel} from '../CheckerParts/exchangeName';
import styles from './styles.module.css';

const useLang = (): Lang => (usePageLocale() === 'zh-Hans' ? 'zh' : 'en');

/** A UI label as a guide writes it: bold in English, in 【】 in Chinese, as the Chinese help centres do. */
function OnScreenWord({lang, word}: {lang: Lang; word: string}): ReactNode {
  return lang === 'zh' ? `【${word}】` : <strong>{word}</strong>;
}

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
  const lang = useLang();
  return menuFact(exchange, menu, platform, lang).value.map((step, i) => (
    <span key={step}>
      {i > 0 && ' → '}
      <OnScreenWord lang={lang} word={step} />
    </span>
  ));
}

/**
 * One label of the exchange's screens, in the page language's UI: a credential (`credential="apiSecret"`),
 * a field of the key form (`field="passphrase"`) or a permission (`permission="trade"`).
 */
export function Label({exchange, ...of}: {exchange: ExchangeProfile} & LabelOf): ReactNode {
  const lang = useLang();
  return <OnScreenWord lang={lang} word={labelFact(exchange, of as LabelOf, lang).value} />;
}

/** The exchange's own text for one of its errors, in the page's language where it publishes one. */
export function ErrorText({exchange, code}: {exchange: ExchangeProfile; code: string}): ReactNode {
  return <q>{errorFact(exchange, code, useLang()).value}</q>;
}

/** A number or word from the profile (`fact` is a dotted path to a sourced fact: "ipWhitelist.maxEntries"). */
export function FactValue({exchange, fact}: {exchange: ExchangeProfile; fact: string}): ReactNode {
  return <>{valueFact(exchange, fact).value}</>;
}

/** The days of one expiry rule, picked by how it counts them: "since-creation", "idle", … */
export function ExpiryDays({exchange, counting}: {exchange: ExchangeProfile; counting: string}): ReactNode {
  return <>{expiryFact(exchange, counting).value}</>;
}

/** A field of the terminal's add-key form for one exchange, as the terminal labels it. */
export function TerminalField({
  terminal,
  exchange,
  field,
}: {
  terminal: TerminalProfile;
  exchange: ExchangeProfile;
  field: string;
}): ReactNode {
  return <OnScreenWord lang="en" word={terminalFieldFact(terminal, exchange.id, field).value} />;
}

/**
 * Every code or message the error explainer knows for one cause, exchange by exchange in profile order,
 * one exchange a line: "OKX 50106, 50113", "Backpack “Invalid signature”", "Binance -1022". An error that can mean several things
 * (Binance -2015: the key, the IP or the permissions) is listed under each of them. Codes are shown as
 * codes; an exchange that tells its errors apart by message (no code field) is shown by its message.
 */
export function ErrorCodes({cause}: {cause: ErrorCause}): ReactNode {
  const zh = useLang() === 'zh';
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
