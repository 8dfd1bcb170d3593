// One word per thing (BRIEF.md's glossary, docs/glossary.mdx): the forms the glossary bans appear nowhere a reader
// sees them, in either language: pages, site strings (code.json, navbar, footer) and checker messages. Each tool and
// page has one name, and Chinese pages follow the typography rules (欧易 (OKX) first, no hard line breaks, “quotes”).
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync, readdirSync, statSync} from 'node:fs';
import {join, relative, sep} from 'node:path';

const ROOT = join(__dirname, '..', '..');
const EN_DOCS = join(ROOT, 'docs');
const ZH = join(ROOT, 'i18n', 'zh-Hans');
const ZH_DOCS = join(ZH, 'docusaurus-plugin-content-docs', 'current');
const CHECKERS = join(ROOT, 'src', 'checkers');

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

type Text = {where: string; lang: 'en' | 'zh'; text: string};

/** Page text a reader sees: no import lines, no code blocks or inline code (quoted values stay as they are). */
function prose(mdx: string): string {
  return mdx
    .replace(/^import .*$/gm, '')
    .replace(/```[\s\S]*?```/g, (block) => block.replace(/[^\n]/g, ' '))
    .replace(/`[^`\n]*`/g, (code) => ' '.repeat(code.length));
}

const pages = (dir: string, lang: Text['lang']): Text[] =>
  walk(dir)
    .filter((f) => /\.mdx?$/.test(f))
    .map((f) => ({where: relative(ROOT, f), lang, text: prose(readFileSync(f, 'utf8'))}));

/** One Text per message, so a failure names the message's id. */
function messages(file: string, lang: Text['lang']): Text[] {
  const json = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string | {message: string}>;
  return Object.entries(json).map(([id, value]) => ({
    where: `${relative(ROOT, file)} ${id}`,
    lang,
    text: typeof value === 'string' ? value : value.message,
  }));
}

// Every message catalogue: the JSON files in a `locales` folder of any checker domain.
const checkerFiles = walk(CHECKERS).filter((f) => f.endsWith('.json') && f.split(sep).includes('locales'));
const TEXTS: Text[] = [
  ...pages(EN_DOCS, 'en'),
  ...pages(ZH_DOCS, 'zh'),
  ...messages(join(ZH, 'code.json'), 'zh'),
  ...messages(join(ZH, 'docusaurus-theme-classic', 'navbar.json'), 'zh'),
  ...messages(join(ZH, 'docusaurus-theme-classic', 'footer.json'), 'zh'),
  ...messages(join(ZH, 'docusaurus-plugin-content-docs', 'current.json'), 'zh'),
  ...checkerFiles.map((f) => messages(f, f.endsWith('zh-Hans.json') ? 'zh' : 'en')).flat(),
  {where: 'docusaurus.config.ts', lang: 'en', text: readFileSync(join(ROOT, 'docusaurus.config.ts'), 'utf8')},
  {where: 'sidebars.ts', lang: 'en', text: readFileSync(join(ROOT, 'sidebars.ts'), 'utf8')},
];

// Banned forms: {name, pattern, lang}. Each names what to write instead.
const BANNED: {name: string; pattern: RegExp; lang: Text['lang']}[] = [
  {name: '密钥 Secret: the secret is Secret Key, never 密钥', pattern: /密钥\s*Secret/, lang: 'zh'},
  {
    name: 'Secret Key（密钥） / any （密钥） gloss: 密钥 alone is never the secret',
    pattern: /[（(]密钥[）)]/,
    lang: 'zh',
  },
  {name: '这把/一把: the measure word is 个', pattern: /这把|一把|哪一把|每把/, lang: 'zh'},
  {
    name: 'OKX 类/OKX 式/这类带口令的 V5: OKX rules are OKX’s own',
    pattern: /OKX\s*[类式]|这类带口令的\s*V5/,
    lang: 'zh',
  },
  {name: '口令: the OKX field is Passphrase', pattern: /口令/, lang: 'zh'},
  {name: '安全须知: the page is 安全实践', pattern: /安全须知/, lang: 'zh'},
  {name: '窗口/弹窗 for a dialog: write 对话框', pattern: /弹窗|(?<!时间|聊天|Margin[^。，\n]{0,8})窗口/, lang: 'zh'},
  {
    name: 'another name for the key and secret checker: API Key 与 Secret Key 检查',
    pattern: /密钥配对检查|密钥对检查|(?<!API )Key 与 Secret 检查|API Key 与 Secret 检查/,
    lang: 'zh',
  },
  {name: 'calque 这是有意为之', pattern: /这是有意为之/, lang: 'zh'},
  {name: 'calque 让…无声失败', pattern: /无声(?:地)?失败/, lang: 'zh'},
  {name: 'calque …也从未见过它', pattern: /从未见过它/, lang: 'zh'},
  {name: 'calque 正是它…', pattern: /正是它/, lang: 'zh'},
  {name: 'calque 最安全的 Secret 是…的那个', pattern: /最安全的\s*(?:Secret|密钥)/, lang: 'zh'},
  // Labels as the exchanges' own screens show them (OKX help centre, English and Chinese; Backpack support).
  {
    name: 'Secret Key 栏/输入框: no exchange or terminal form has a field by that name; say 填 Secret Key 的一栏 or quote the form',
    pattern: /Secret Key\s*(?:一)?栏|Secret Key\s*输入框/,
    lang: 'zh',
  },
  {name: 'IP allowlist in Chinese: OKX’s Chinese screens say IP 地址白名单', pattern: /IP allowlist/i, lang: 'zh'},
  {
    name: '关联第三方应用: OKX’s purpose is Binding third-party apps (绑定第三方应用)',
    pattern: /关联第三方应用|关联终端/,
    lang: 'zh',
  },
  {
    name: 'OKX’s idle keys 失效/过期: OKX deletes them (删除)',
    pattern: /14 天[^。\n]{0,30}(?:失效|过期)|(?:失效|过期)[^。\n]{0,10}14 天/,
    lang: 'zh',
  },
  {
    name: 'Read Only 开关: Backpack’s Read Only is a button (只读(Read Only) 按钮)',
    pattern: /(?:只读|Read Only)[）)]?\s*开关/,
    lang: 'zh',
  },
  {
    name: 'Portfolio → Settings: Backpack’s path is Settings → API Keys',
    pattern: /Portfolio\**\s*[（(]?[^→\n]{0,6}→\s*\**\s*(?:Settings|设置)/,
    lang: 'zh',
  },
  {
    name: 'Portfolio → Settings: Backpack’s path is Settings → API Keys',
    pattern: /Portfolio\**\s*→\s*\**\s*Settings/,
    lang: 'en',
  },
  {
    name: '“IP allowlist”: OKX’s English field is the IP address allowlist',
    pattern: /(?<!address )\bIP allowlist\b/i,
    lang: 'en',
  },
  {
    name: '“Linking third-party app”: OKX’s purpose is Binding third-party apps',
    pattern: /Linking (?:a )?third-party app/i,
    lang: 'en',
  },
  {
    name: 'OKX’s idle keys expire: OKX deletes them',
    pattern: /expires? after 14 days|14 days[^.\n]{0,40}\bexpire/i,
    lang: 'en',
  },
  {
    name: 'Read Only toggle/switch: Backpack’s Read Only is a button',
    pattern: /Read Only\**\s*(?:toggle|switch)/i,
    lang: 'en',
  },
  {
    name: '“in some languages”: API and connections is OKX’s English label',
    pattern: /in some (?:languages|locales)/i,
    lang: 'en',
  },
  {
    name: '密钥 alone: it appears only in API 密钥 and 密钥对 (and the product name 密钥管理服务)',
    pattern: /(?<!API ?|“)密钥(?!对|管理服务|”)/,
    lang: 'zh',
  },
  {name: '提现 for OKX’s permission: OKX’s Chinese screens say 提币', pattern: /提现/, lang: 'zh'},
  {name: '错误代码: the glossary’s word is 错误码, as OKX’s Chinese docs write it', pattern: /错误代码/, lang: 'zh'},
  {name: '密钥名称: 密钥 alone names nothing; the key’s name is 名称 (OKX: 备注名)', pattern: /密钥名称/, lang: 'zh'},
  {
    name: 'Margin 窗格/面板: Tealstreet’s Margin window is 窗口',
    pattern: /Margin[^。，\n]{0,8}(?:窗格|面板)/,
    lang: 'zh',
  },
  {name: 'Ed25519: the glossary spells it ED25519, as Backpack does', pattern: /Ed25519/, lang: 'en'},
  {name: 'Ed25519: the glossary spells it ED25519, as Backpack does', pattern: /Ed25519/, lang: 'zh'},
  {name: 'e-mail: write email', pattern: /\be-mail/i, lang: 'en'},
  {name: 'OKX-style: say OKX, or name the exchange', pattern: /OKX-style|OKX style/i, lang: 'en'},
  {name: '"key pair checker": the tool is the key and secret checker', pattern: /key pair checker/i, lang: 'en'},
  {name: '"Security notes": the page is Security practices', pattern: /security notes/i, lang: 'en'},
];

// A Sources entry quotes an official page's title as the page writes it ("How to generate an Ed25519 key pair").
const SOURCE_LINE = /^\s*- (?:Checked|核对于) /;

for (const rule of BANNED) {
  test(`glossary: no ${rule.name}`, () => {
    const hits = TEXTS.filter((t) => t.lang === rule.lang).flatMap(({where, text}) =>
      text
        .split('\n')
        .flatMap((line, i) =>
          rule.pattern.test(line) && !SOURCE_LINE.test(line) ? [`${where}:${i + 1}: ${line.trim().slice(0, 90)}`] : [],
        ),
    );
    assert.deepEqual(hits, []);
  });
}

test('glossary: the banned patterns catch what they ban and leave the glossary’s own terms alone', () => {
  const cases: {name: string; input: string; lang: Text['lang']; expected: boolean}[] = [
    {name: 'old FAQ line', input: '- **密钥 Secret**：用来给每个请求签名', lang: 'zh', expected: true},
    {name: 'old widget label', input: 'API Secret（密钥）', lang: 'zh', expected: true},
    {name: 'measure word', input: '看名称就知道该删哪一把。', lang: 'zh', expected: true},
    {name: 'dialog as 窗口', input: 'App 里没有 New API Key 窗口。', lang: 'zh', expected: true},
    {name: 'OKX 类', input: '使用 OKX 类 V5 密钥的交易所', lang: 'zh', expected: true},
    {name: 'time window is not a dialog', input: 'window（有效时间窗口）必须是整数毫秒。', lang: 'zh', expected: false},
    {name: 'Tealstreet’s Margin window', input: '查看 Margin（保证金）窗口。', lang: 'zh', expected: false},
    {
      name: 'glossary terms',
      input: '一个 API 密钥由 API Key、Secret Key 和 Passphrase 组成，密钥对生成器。',
      lang: 'zh',
      expected: false,
    },
    {name: 'tool name', input: '用 API Key 与 Secret Key 检查核对。', lang: 'zh', expected: false},
    {name: 'old tool name', input: '[Key 与 Secret 检查](./key-pair.mdx)', lang: 'zh', expected: true},
    {name: 'OKX-style', input: 'For OKX-style V5 keys', lang: 'en', expected: true},
    {name: 'key pair checker', input: 'The [key pair checker](/docs/tools/key-pair)', lang: 'en', expected: true},
    {
      name: 'key pair generator',
      input: 'the [key pair generator](/docs/tools/key-generator)',
      lang: 'en',
      expected: false,
    },
    {
      name: 'old checker fix line',
      input: '把第一个值填到 Secret Key 栏，第二个值填到 API Key 栏',
      lang: 'zh',
      expected: true,
    },
    {name: 'old value map field', input: 'Secret Key 输入框', lang: 'zh', expected: true},
    {name: 'new value map field', input: '填 Secret Key 的一栏', lang: 'zh', expected: false},
    {
      name: 'old zh glossary line',
      input: '允许使用该 API 密钥的地址列表，OKX 称之为 IP allowlist。',
      lang: 'zh',
      expected: true,
    },
    {name: 'OKX’s zh label', input: '在【IP 地址白名单】中填写', lang: 'zh', expected: false},
    {name: 'old zh purpose', input: '选择 **Linking third-party app**（关联第三方应用）', lang: 'zh', expected: true},
    {
      name: 'old zh 14-day line',
      input: '未绑定任何 IP 的 API 密钥，连续 14 天未使用就会失效。',
      lang: 'zh',
      expected: true,
    },
    {name: 'new zh 14-day line', input: '闲置 14 天后会被 OKX 自动删除。', lang: 'zh', expected: false},
    {name: 'old zh Read Only', input: '请保持 Read Only（只读）开关为关闭状态。', lang: 'zh', expected: true},
    {
      name: 'old zh Backpack path',
      input: '依次进入 **Portfolio**（资产）→ **Settings**（设置）→ **API Keys**。',
      lang: 'zh',
      expected: true,
    },
    {
      name: 'older wording named without a path',
      input: '一些旧教程从 **Portfolio** 进入，这个链接两种情况都适用',
      lang: 'zh',
      expected: false,
    },
    {
      name: 'old Backpack path',
      input: '2. Open **Portfolio** → **Settings** → **API Keys**.',
      lang: 'en',
      expected: true,
    },
    {name: 'old OKX field', input: "OKX's IP allowlist field takes:", lang: 'en', expected: true},
    {name: 'OKX’s English field', input: "OKX's **IP address allowlist** field takes:", lang: 'en', expected: false},
    {
      name: 'Altrady’s purpose',
      input: 'Choose **Linking third-party app**, then pick Insilico Terminal',
      lang: 'en',
      expected: true,
    },
    {name: 'OKX’s purpose', input: 'Choose **Binding third-party apps**', lang: 'en', expected: false},
    {
      name: 'old 14-day line',
      input: 'no IP address bound expires after 14 days without use.',
      lang: 'en',
      expected: true,
    },
    {
      name: 'new 14-day line',
      input: 'no IP address bound is deleted by OKX after 14 days without use.',
      lang: 'en',
      expected: false,
    },
    {name: 'old Read Only', input: 'The **Read Only** toggle limits the key to viewing.', lang: 'en', expected: true},
    {
      name: 'old OKX menu hedge',
      input: '(in some languages the menu item reads **API and connections**)',
      lang: 'en',
      expected: true,
    },
    {name: 'bare 密钥 for the secret', input: '请粘贴创建 API Key 时交易所显示的密钥。', lang: 'zh', expected: true},
    {
      name: 'bare 密钥 in a link text',
      input: '详见[一个应用一个密钥](/docs/security#one-key-per-app)',
      lang: 'zh',
      expected: true,
    },
    {
      name: 'API 密钥 and 密钥对',
      input: '一个 API 密钥，API密钥，一个密钥对，AWS 密钥管理服务',
      lang: 'zh',
      expected: false,
    },
    {name: 'OKX’s withdraw permission', input: '3. **不要**勾选**提现**。', lang: 'zh', expected: true},
    {name: 'OKX’s Chinese word', input: '3. **不要**勾选**提币**。', lang: 'zh', expected: false},
    {name: 'old error code word', input: '我们不认识错误代码 51008', lang: 'zh', expected: true},
    {name: 'old Backpack name field', input: '1. **密钥名称**：写明用途', lang: 'zh', expected: true},
    {name: 'old Margin pane', input: '查看 **Margin**（保证金）窗格', lang: 'zh', expected: true},
    {name: 'old spelling', input: 'Check an Ed25519 public key', lang: 'en', expected: true},
    {name: 'e-mail', input: 'a web address or an e-mail address', lang: 'en', expected: true},
  ];
  for (const c of cases) {
    const hit = BANNED.some((rule) => rule.lang === c.lang && rule.pattern.test(c.input));
    assert.equal(hit, c.expected, c.name);
  }
});

// One name for the secret per exchange and language (the glossary): Backpack's pages say API secret (中文
// API Secret), OKX's say secret key (Secret Key). The key and secret checker keeps its one name everywhere,
// and a widget's own label may be quoted.
const SECRET_NAMES: {pages: string[]; lang: Text['lang']; banned: RegExp; says: string}[] = [
  {
    pages: ['backpack-api-key.mdx', 'backpack-tealstreet.mdx', 'tools/key-generator.mdx', 'tools/request-signer.mdx'],
    lang: 'en',
    banned: /secret key/i,
    says: 'API secret',
  },
  {pages: ['v5-insilico.mdx', 'tools/okx-signer.mdx'], lang: 'en', banned: /API secret/i, says: 'secret key'},
  {
    pages: ['backpack-api-key.mdx', 'backpack-tealstreet.mdx', 'tools/key-generator.mdx', 'tools/request-signer.mdx'],
    lang: 'zh',
    banned: /Secret Key/,
    says: 'API Secret',
  },
  {pages: ['v5-insilico.mdx', 'tools/okx-signer.mdx'], lang: 'zh', banned: /API Secret/i, says: 'Secret Key'},
];
/** Names that may contain another exchange's word: the checker's name, and widget labels quoted on a page. */
const KEPT_NAMES = /API Key 与 Secret Key 检查|已经有 Secret Key？/g;

for (const {pages: list, lang, banned, says} of SECRET_NAMES) {
  test(`glossary: ${lang} pages ${list.join(', ')} call the secret ${says}`, () => {
    const texts = lang === 'en' ? pages(EN_DOCS, 'en') : pages(ZH_DOCS, 'zh');
    const hits = texts
      .filter(({where}) =>
        list.some(
          (page) => where.endsWith(`/${page}`) && where.split('/').slice(-page.split('/').length).join('/') === page,
        ),
      )
      .flatMap(({where, text}) =>
        text
          .replace(KEPT_NAMES, '')
          .split('\n')
          .flatMap((line, i) => (banned.test(line) ? [`${where}:${i + 1}: ${line.trim().slice(0, 90)}`] : [])),
      );
    assert.deepEqual(hits, []);
  });
}

// One name per tool and page: the page title, its sidebar label (if any) and the site strings that name it.
const NAMES: {page: string; en: string; zh: string}[] = [
  {page: 'tools/public-key.mdx', en: 'Public key checker', zh: '公钥检查'},
  {page: 'tools/ip-whitelist.mdx', en: 'IP whitelist checker', zh: 'IP 白名单检查'},
  {page: 'tools/key-pair.mdx', en: 'Key and secret checker', zh: 'API Key 与 Secret Key 检查'},
  {page: 'tools/key-generator.mdx', en: 'Key pair generator', zh: '密钥对生成器'},
  {page: 'tools/request-signer.mdx', en: 'Backpack request signer', zh: 'Backpack 请求签名工具'},
  {
    page: 'tools/exchange-signer.mdx',
    en: 'Request signer for Binance, Bybit, Bitget and BloFin',
    zh: '币安、Bybit、Bitget 与 BloFin 请求签名工具',
  },
  {page: 'security.mdx', en: 'Security practices', zh: '安全实践'},
  {page: 'faq.mdx', en: 'FAQ', zh: '常见问题'},
];

function frontMatter(file: string, key: string): string | undefined {
  const head = /^---\n([\s\S]*?)\n---/.exec(readFileSync(file, 'utf8'))?.[1] ?? '';
  return new RegExp(`^${key}:\\s*(.+)$`, 'm')
    .exec(head)?.[1]
    .trim()
    .replace(/^['"]|['"]$/g, '');
}

for (const {page, en, zh} of NAMES) {
  test(`glossary: ${page} is called “${en}” / “${zh}” in its title and sidebar label`, () => {
    for (const [dir, name] of [
      [EN_DOCS, en],
      [ZH_DOCS, zh],
    ] as const) {
      const file = join(dir, page);
      assert.equal(frontMatter(file, 'title'), name, relative(ROOT, file));
      const label = frontMatter(file, 'sidebar_label');
      if (label !== undefined) assert.equal(label, name, `${relative(ROOT, file)} sidebar_label`);
    }
  });
}

test('glossary: the navbar and footer name pages as the glossary does', () => {
  const config = readFileSync(join(ROOT, 'docusaurus.config.ts'), 'utf8');
  const labelFor = (to: string) => new RegExp(`label: '([^']+)', to: '${to}'`).exec(config)?.[1];
  assert.equal(labelFor('/docs/security'), 'Security practices');
  assert.equal(labelFor('/docs/faq'), 'FAQ');
  const footer = messages(join(ZH, 'docusaurus-theme-classic', 'footer.json'), 'zh');
  const navbar = messages(join(ZH, 'docusaurus-theme-classic', 'navbar.json'), 'zh');
  const zh = (list: Text[], id: string) => list.find((t) => t.where.endsWith(` ${id}`))?.text;
  assert.equal(zh(footer, 'link.item.label.Security practices'), '安全实践');
  assert.equal(zh(footer, 'link.item.label.FAQ'), '常见问题');
  assert.equal(zh(navbar, 'item.label.FAQ'), '常见问题');
});

// Chinese typography on every Chinese page.
const zhPages = pages(ZH_DOCS, 'zh');
const HAN = /[\u4e00-\u9fff]/;

test('glossary: a Chinese page that names OKX says 欧易 (OKX) the first time', () => {
  const wrong = zhPages.flatMap(({where, text}) => {
    // The reader's first sight of OKX in the text: the page title unless it is a tool's fixed name
    // (the OKX request signer is called “OKX 请求签名工具” everywhere, nav and links included).
    const title = /^title:\s*(.+)$/m.exec(text)?.[1] ?? '';
    const body = text.replace(/^---\n[\s\S]*?\n---/, '');
    const seen = `${title}\n${body}`.replaceAll('OKX 请求签名工具', '');
    const first = seen.search(/OKX/);
    if (first < 0) return [];
    return /欧易\s?[（(]$/.test(seen.slice(Math.max(0, first - 4), first)) ? [] : [where];
  });
  assert.deepEqual(wrong, []);
});

/** A line that starts a new Markdown block rather than continuing a paragraph. */
const BLOCK_START = /^\s*(?:$|#|\||:::|<|>|[-*+]\s|\d+\.\s|import\s|---|\{\/\*)/;

test('glossary: no hard line break inside a Chinese paragraph (it renders as a stray space)', () => {
  const breaks = zhPages.flatMap(({where, text}) => {
    const lines = text.replace(/^---\n[\s\S]*?\n---/, (fm) => fm.replace(/[^\n]/g, '')).split('\n');
    return lines.flatMap((line, i) => {
      const next = lines[i + 1];
      if (next === undefined || !line.trim() || BLOCK_START.test(next) || /^\s*(?:#|\||<|:::)/.test(line)) return [];
      const joinsHan =
        HAN.test(line.trimEnd().slice(-1)) || /[，、；：。）]$/.test(line.trimEnd()) || HAN.test(next.trim()[0] ?? '');
      return joinsHan ? [`${where}:${i + 1}`] : [];
    });
  });
  assert.deepEqual(breaks, []);
});

test('glossary: Chinese text quotes with “” and never with straight quotes', () => {
  const straight = /[\u4e00-\u9fff，。：；、]"|"[\u4e00-\u9fff，。：；、]/;
  const hits = [
    ...zhPages.map(({where, text}) => ({where, text: text.replace(/<[^>\n]*>/g, '')})),
    ...messages(join(ZH, 'code.json'), 'zh'),
  ].flatMap(({where, text}) =>
    text
      .split('\n')
      .flatMap((line, i) => (straight.test(line) ? [`${where}:${i + 1}: ${line.trim().slice(0, 90)}`] : [])),
  );
  assert.deepEqual(hits, []);
});

test('glossary: the glossary page exists in both languages and lists every tool and page name', () => {
  const en = readFileSync(join(EN_DOCS, 'glossary.mdx'), 'utf8');
  const zh = readFileSync(join(ZH_DOCS, 'glossary.mdx'), 'utf8');
  for (const {en: name} of NAMES) assert.ok(en.includes(`| ${name} |`), `docs/glossary.mdx lacks ${name}`);
  for (const {zh: name} of NAMES) assert.ok(zh.includes(`| ${name} |`), `zh glossary lacks ${name}`);
  for (const term of [
    'API 密钥',
    'API Key',
    'Secret Key',
    'Passphrase',
    '公钥',
    '私钥',
    '密钥对',
    'IP 白名单',
    '对话框',
    '欧易 (OKX)',
  ]) {
    assert.ok(zh.includes(term), `zh glossary lacks ${term}`);
  }
});
