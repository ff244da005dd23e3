/**
 * User agents that must never see the notice, whatever browser version they claim:
 * crawlers, monitors, previewers and other tools. One row per class, each with its
 * reason; `status` says whether it is a crawler or automation (`bot`) or a plain HTTP
 * tool (`unknown`). Patterns are alternations of literal tokens with bounded gaps (no
 * nested quantifiers), so they run in linear time, and use no syntax newer than ES5
 * (lookahead yes, lookbehind no: the script tag's second stage carries them).
 *
 * Classes first, recognised by structure: a tool names itself as a product, in the places
 * where products stand. Names come last, only for tools that send nothing a class can
 * read: a list of names fits the data it was written against, and the next unknown tool
 * slips past it, so a new tool is first a question of which class missed it.
 *
 * The rules read the user agent without its Android device model (model-field.ts): phones
 * are named "M bot 54" and "Spider 8".
 *
 * Measured, not guessed (test/conformance): every instance of the crawler-user-agents
 * list is never notified, no browser of the `user-agents` dataset is a bot, and the
 * figures on data set aside before these classes were written are in docs/conformance.md.
 */
export interface BotRule {
  name: string;
  status: 'bot' | 'unknown';
  pattern: RegExp;
}

export const BOT_RULES: readonly BotRule[] = [
  // --- Classes: a tool names itself as a product where products stand. ---
  // HTTP clients and libraries: not browsers, so nothing to judge (`unknown`). First, since
  // some name their homepage or a tool's word (`node-fetch/1.0 (+https://…)`).
  { name: 'HTTP tool', status: 'unknown', pattern: /^(?:curl|Wget|python-requests|python-urllib|Python\/|aiohttp|httpx|Go-http-client|okhttp|axios|node-fetch|undici|got\b|Java\/|Apache-HttpClient|libwww-perl|PostmanRuntime|insomnia|HTTPie|Ruby|Faraday|Dart\/|Deno\/|Bun\/|Scrapy|PHP\/|GuzzleHttp|WinHttp|Microsoft-CryptoAPI)/i },
  // A product inside the browser's own comments: `(KHTML, like Gecko; Google Search Console)`,
  // `(KHTML, like Gecko; googleweblight)`. No browser adds to that comment.
  { name: 'tool inside a browser comment', status: 'bot', pattern: /like Gecko;/i },
  // `(compatible; …)` in a user agent that names no browser that ever used that form
  // (Internet Explorer, Konqueror, Opera): `(compatible; Googlebot/2.1; +http://…)`,
  // `(compatible; Windows NT 6.1; Catchpoint) … Chrome/43`, `… Safari/537.36 (compatible;
  // Google-HotelAdsVerifier/2.0)`. And a second `(compatible; …)` after a browser's tokens
  // that is not Internet Explorer's.
  { name: 'tool in a compatible comment', status: 'bot', pattern: /^(?![\s\S]{0,512}(?:MSIE|Konqueror|Opera|Trident))[\s\S]{0,400}\(compatible;|\) [^(]{0,200}\(compatible;(?! ?MSIE)/i },
  // Google's own agents name themselves `Google-…`, `…-Google` or `Google` and a word:
  // Google-InspectionTool, Mediapartners-Google, DuplexWeb-Google, GoogleOther,
  // GoogleAdwordsExpress, googleweblight. Not `Google-TR-` (Google Toolbar in a person's
  // browser) nor `GooglePlay…` (an app's store).
  // https://developers.google.com/search/docs/crawling-indexing/overview-google-crawlers
  { name: 'Google agent', status: 'bot', pattern: /\bGoogle-(?!TR-)[A-Za-z]|[A-Za-z]-Google\b|\bGoogle(?!Play)[A-Z][a-z]|googleweblight|Google (?:Favicon|Web Preview|Search Console|Wireless Transcoder)/ },
  // "bot" as a product word: a word, a word's end or a part of a CamelCase name
  // (Googlebot, bingbot/2.0, RankBotEU, bot/1.0) — never inside a word (Abbott, bottom).
  { name: 'self-declared bot', status: 'bot', pattern: /[Bb]ot(?![a-z])|BOT(?![A-Z])|\b[Bb]ot|[a-z]Bot[A-Z]/ },
  // Words no browser sends, measured over the public corpora and the `user-agents` dataset
  // (only user agents of 2000–2006 that a proxy or toolbar extended use some of them).
  // "Preview" and "validator" also name programs people browsed with ("Antenna Preview
  // Window"), so they count only where they end a product token (`BingPreview/1.0b`,
  // `W3C_Validator/1.3`):
  // what a tool does to a page (fetch, verify, monitor, preview, render, transcode,
  // screenshot, diagnose, grade, check, validate, scan, crawl, archive, probe, audit…),
  // "agents", and a web or e-mail address to contact. Not a bare host name: ISPs branded
  // Internet Explorer 5–6 with theirs (`MSIE 6.0; Windows 98; www.isp.com`), and
  // `Telekom.de` is a carrier in Facebook's app.
  { name: 'self-declared crawler or tool', status: 'bot', pattern: /fetch|verif(?:y|ier|ication)|monitor|preview(?=[\/;)\-]|$)|render|transcod|screen-?shot|thumbnail|snapshot|capture|diagnos|grader|check|validat(?:or|ion)?(?=[\/;)\-._]|$)|scan\b|scann(?:er|ing)|crawl|spider|scrap(?:er|ing)|robot|headless|archiv|probe|uptime|audit|analyz|synthetic|inspector|indexer|harvest|sitemap|feed|agent(?:\b|_)|https?:\/\/|\+www\.|@[\w-]{1,40}\.[a-z]/i },

  // --- Names: tools that send a plain browser's user agent with nothing but their name. ---
  // Audits of a page's speed, quality or security, run with an emulated or real browser:
  // Lighthouse, WebPageTest (`PTST/` and, before 2012, `PTST 2.x`), GTmetrix, Siteimprove
  // (common on Swedish public sites), synthetic monitoring (Catchpoint, Dotcom-Monitor's
  // DMBrowser, Neustar WPM, ip-label, DejaClick, 360JK). A name a class above already
  // catches in every known instance has no entry here (bench/bots.bench.ts lists them).
  { name: 'page audit or monitoring tool', status: 'bot', pattern: /Lighthouse|PTST[\/ ]\d|GTmetrix|Siteimprove|DareBoost|Silktide|Hardenize|SecurityHeaders|Criticalcss|YLT Chrome|Hotjar|Foregenix|watchTowr|TestLocally|Catchpoint|DMBrowser|Neustar WPM|iplabel|DejaClick|360JK|Pingdom|StatusCake|Site24x7|Zabbix|Rigor\)|AppInsights|LinkTiger/i },
  // Test runners, page-to-image services and archivers (Cypress, webkit2png, WordPress's
  // mShots, Thumbor, pageburst, Assetnote), automated browsers, link previewers and named
  // fetchers (names from the crawler-user-agents list, MIT:
  // https://github.com/monperrus/crawler-user-agents).
  { name: 'named tool', status: 'bot', pattern: /Cypress\/|webkit2png|mShots|Thumbor|pageburst|Assetnote|PhantomJS|playwright|selenium|Datanyze|MarketGoo|Collapsify|Readable\/|NewsNow\/|Manus-User|newsai\/|Sindup|Scope3|SQWatcher|TSM-turingos|PS_Daily|BW\/\d|Dlc\/|PrintFriendly|xmco\.fr|adbeat\.com|Miniature\.io|\) splash Version\/|facebookexternalhit|facebookcatalog|WhatsApp\/|anthropic-ai/i },
];

/**
 * One case-insensitive pattern for the common case (no match), checked before finding
 * which rule matched. A superset of the rules (the case-sensitive ones included: `[a-z]Bot[A-Z]`
 * reads as any "bot" between letters here), so a match here still needs a rule to match
 * before a user agent counts as a bot.
 */
export const ANY_BOT = new RegExp(BOT_RULES.map((rule) => '(?:' + rule.pattern.source + ')').join('|'), 'i');
