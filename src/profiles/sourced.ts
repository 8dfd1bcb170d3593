// A short way to write many facts from one page: `const faq = from(URL, '2026-12-05')`, then
// `faq(20)` or `faq(['a', 'b'], {note: '…'})` is a Sourced value with that page and date.
import type {CheckedDate, Sourced} from './types';

type Extra = {thirdParty?: true; note?: string; sourceZh?: string};

export function from(source: string, checked: CheckedDate, base: Extra = {}) {
  return <T>(value: T, extra: Extra = {}): Sourced<T> => ({value, source, checked, ...base, ...extra});
}
