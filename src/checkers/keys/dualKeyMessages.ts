// The two-key findings' messages (dualkey.* codes). Importing this module adds them to `describe`.
import {addMessages} from '../core/describe';
import en from './locales/dualkey/en.json';
import zhHans from './locales/dualkey/zh-Hans.json';

addMessages({en, 'zh-Hans': zhHans});
