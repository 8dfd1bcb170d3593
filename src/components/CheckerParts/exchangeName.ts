// An exchange's name as it writes it in the page's language: its own Chinese name where it publishes one
// (币安), else its Latin name.
import {exchangeProfile} from '@site/src/exchanges';
import type {ExchangeProfile} from '@site/src/profiles/types';
import {usePageLocale} from './usePageLocale';

/** The short name for a widget's options and labels ("Binance", "币安"), in `locale`. */
export function siteLabel(profile: ExchangeProfile, locale: string): string {
  return locale.startsWith('zh') ? (profile.site.labelZh ?? profile.site.label) : profile.site.label;
}

/**
 * The short name ready to sit right next to Han characters in a Chinese sentence: a Latin name set off with
 * a space on each side ("用 Bybit 请求签名工具"), a Chinese one as it is ("用币安请求签名工具").
 */
export function siteLabelInSentence(profile: ExchangeProfile, locale: string): string {
  const name = siteLabel(profile, locale);
  return locale.startsWith('zh') && /^[A-Za-z]/.test(name) ? ` ${name} ` : name;
}

/**
 * The name ready to sit inside a sentence: in Chinese a Latin name is set off with a space on each side
 * (translations write {exchange} right next to the Han characters around it).
 */
export function useExchangeName(id: string | undefined): string | undefined {
  const locale = usePageLocale();
  const profile = id === undefined ? undefined : exchangeProfile(id);
  if (!profile) return undefined;
  if (!locale.startsWith('zh')) return profile.name.en.value;
  const zh = profile.name.zh.value;
  return zh !== 'unknown' ? zh : ` ${profile.name.en.value} `;
}
