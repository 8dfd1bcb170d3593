// The unified signer's messages (sign.* codes, and the Ed25519 instruction signer's). Importing this module
// adds them to `describe`.
import '../keys/keykitMessages';
import {addMessages} from '../core/describe';
import en from './locales/en.json';
import zhHans from './locales/zh-Hans.json';

addMessages({en, 'zh-Hans': zhHans});
