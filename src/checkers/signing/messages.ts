// The unified signer's messages (sign.* codes, and the Ed25519 instruction signer's). Importing this module
// adds them to `describe`.
import '../keykitMessages';
import {addMessages} from '../describe';
import en from '../locales/signing/en.json';
import zhHans from '../locales/signing/zh-Hans.json';

addMessages({en, 'zh-Hans': zhHans});
