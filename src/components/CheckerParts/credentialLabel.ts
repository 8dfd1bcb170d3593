// A credential's field name as the exchange's own pages write it, so a widget's field is named like the
// field the value was copied from: the label in the page's language where the exchange shows one (OKX's
// 密码短语), else its English label, which the Chinese pages keep for these fields (API Key, Secret Key);
// undefined where no page of the exchange names the field, and the widget then uses its own neutral name.
import {exchangeProfile} from '@site/src/exchanges';
import {usePageLocale} from './usePageLocale';

/**
 * As a field label is written: each word's first letter raised, and words run together in API docs set
 * apart ("secret key" in running text, "SecretKey" in OKX's API docs → "Secret Key").
 */
const asLabel = (text: string) =>
  text
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/(^|\s)([a-z])/g, (_, space: string, c: string) => space + c.toUpperCase());

const known = (value: string | undefined) => (value === undefined || value === 'unknown' ? undefined : value);

export function useCredentialLabel(exchange: string, credential: string): string | undefined {
  const locale = usePageLocale();
  const label = exchangeProfile(exchange)?.credentials.find((c) => c.id === credential)?.label;
  const own = locale.startsWith('zh') ? known(label?.zh.value) : undefined;
  const value = own ?? known(label?.en.value);
  return value === undefined ? undefined : asLabel(value);
}
