// The error explainer's messages (apierror.* codes). Importing this module adds them to `describe`; only
// the error explainer widget (and its tests) need it. Each main code has "<code>" (what it means),
// "<code>.cause" (the likely cause among the reader's values) and "<code>.fix"; read the cause with
// describeCause.
import {addMessages, describe} from '../core/describe';
import en from './locales/en.json';
import zhHans from './locales/zh-Hans.json';
import type {Finding} from '../core/types';

addMessages({en, 'zh-Hans': zhHans});

/** The likely cause of an explained error, or '' when the code has none. */
export function describeCause(finding: Finding, locale: string): string {
  const code = `${finding.code}.cause`;
  const text = describe({...finding, code}, locale);
  return text === code ? '' : text;
}
