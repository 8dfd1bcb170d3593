// An exchange's name as it writes it in the page's language, ready to sit inside a sentence: its own
// Chinese name where it publishes one (币安), else its Latin name, which Chinese text sets off with a space
// on each side (translations write {exchange} right next to the Han characters around it).
import {exchangeProfile} from '@site/src/exchanges';
import {usePageLocale} from './usePageLocale';

export function useExchangeName(id: string | undefined): string | undefined {
  const locale = usePageLocale();
  const profile = id === undefined ? undefined : exchangeProfile(id);
  if (!profile) return undefined;
  if (!locale.startsWith('zh')) return profile.name.en.value;
  const zh = profile.name.zh.value;
  return zh !== 'unknown' ? zh : ` ${profile.name.en.value} `;
}
