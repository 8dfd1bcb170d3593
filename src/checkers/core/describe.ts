// Turns a finding into a sentence in the reader's language. Messages live in flat i18next resources, one
// catalogue per domain beside its checkers (<domain>/locales/<lng>.json): "<code>" is the message,
// "<code>.fix" the one-line fix. The catalogues loaded here come with `describe` on every page: the words
// all checkers share (core/locales: exchange names), the IP list checker's (ip/locales: ip.*, range.*)
// and the key checkers' (keys/locales: pubkey.*, pair.*, field.*, format.*). Tools with codes of their
// own keep their messages apart and add them with `addMessages`, so pages that don't use those tools
// don't download them (see keys/keykitMessages.ts). Params that are words (range names, field names,
// exchanges, expected formats) are translated before interpolation.
import i18next from 'i18next';
import en from './locales/en.json';
import zhHans from './locales/zh-Hans.json';
import ipEn from '../ip/locales/en.json';
import ipZhHans from '../ip/locales/zh-Hans.json';
import keysEn from '../keys/locales/en.json';
import keysZhHans from '../keys/locales/zh-Hans.json';
import type {Finding} from './types';

export const LOCALES = ['en', 'zh-Hans'] as const;

const i18n = i18next.createInstance();
void i18n.init({
  initAsync: false,
  resources: {
    en: {translation: {...en, ...ipEn, ...keysEn}},
    'zh-Hans': {translation: {...zhHans, ...ipZhHans, ...keysZhHans}},
  },
  lng: 'en',
  fallbackLng: 'en',
  supportedLngs: [...LOCALES],
  keySeparator: false,
  nsSeparator: false,
  interpolation: {escapeValue: false},
  returnNull: false,
});

export type Messages = Record<(typeof LOCALES)[number], Record<string, string>>;

/** Adds a tool's messages to the catalogue `describe` reads. */
export function addMessages(messages: Messages): void {
  for (const lng of LOCALES) i18n.addResourceBundle(lng, 'translation', messages[lng], true, false);
}

/** Param name → prefix of the resource key that translates its value. */
const WORD_PARAMS: Record<string, string> = {
  range: 'range.',
  field: 'field.',
  exchange: 'exchange.',
  expected: 'format.',
};

function languageOf(locale: string): (typeof LOCALES)[number] {
  return /^zh\b/i.test(locale) ? 'zh-Hans' : 'en';
}

function translate(key: string, finding: Finding, locale: string): string {
  const lng = languageOf(locale);
  const t = i18n.getFixedT(lng);
  const params: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(finding.params ?? {})) {
    const labelKey = WORD_PARAMS[name] !== undefined ? WORD_PARAMS[name] + value : undefined;
    params[name] = labelKey && i18n.exists(labelKey, {lng}) ? t(labelKey) : value;
  }
  if (!i18n.exists(key, {lng})) return finding.code;
  const text = t(key, params);
  return lng === 'zh-Hans' ? spaceMixedScript(text) : text;
}

// Chinese typography: a space between Han characters and Latin letters or digits ("Secret 中"), so
// labels and values can be interpolated next to Chinese words without caring which script they are in.
const HAN_THEN_LATIN = /([\u4e00-\u9fff])([A-Za-z0-9])/g;
const LATIN_THEN_HAN = /([A-Za-z0-9])([\u4e00-\u9fff])/g;
function spaceMixedScript(text: string): string {
  return text.replace(HAN_THEN_LATIN, '$1 $2').replace(LATIN_THEN_HAN, '$1 $2');
}

/** The message for a finding; an unknown locale falls back to English, an unknown code to the code. */
export function describe(finding: Finding, locale: string): string {
  return translate(finding.code, finding, locale);
}

/** An exchange's name as the messages write it in this locale (`exchange.<id>`), if they have one. */
export function describeExchange(id: string, locale: string): string | undefined {
  const lng = languageOf(locale);
  const key = `exchange.${id}`;
  return i18n.exists(key, {lng}) ? i18n.getFixedT(lng)(key) : undefined;
}

/** The one-line fix for a finding. */
export function describeFix(finding: Finding, locale: string): string {
  return translate(`${finding.code}.fix`, finding, locale);
}
