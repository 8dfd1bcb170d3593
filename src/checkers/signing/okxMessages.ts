// The OKX request signer's messages (okx.* codes). Importing this module adds them to `describe`; only
// the OKX signer widget (and its tests) need it.
import {addMessages} from '../core/describe';
import en from './locales/okx/en.json';
import zhHans from './locales/okx/zh-Hans.json';

addMessages({en, 'zh-Hans': zhHans});
