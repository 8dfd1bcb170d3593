// The Ethereum-value findings' messages (evm.* codes). Importing this module adds them to `describe`.
import {addMessages} from '../core/describe';
import en from './locales/evm/en.json';
import zhHans from './locales/evm/zh-Hans.json';

addMessages({en, 'zh-Hans': zhHans});
