// The key kit's messages (key generator and request signer codes: keygen.*, sign.*). Importing this
// module adds them to `describe`; only the key kit widgets (and their tests) need it.
import {addMessages} from '../core/describe';
import en from './locales/keykit/en.json';
import zhHans from './locales/keykit/zh-Hans.json';

addMessages({en, 'zh-Hans': zhHans});
