/**
 * User agents that must never see the notice, whatever browser version they claim.
 * One entry per rule; `status` says whether it is a crawler or automation (`bot`)
 * or a plain HTTP tool (`unknown`). Patterns are plain alternations of literal
 * tokens (no nested quantifiers), so they run in linear time, and use no syntax
 * newer than ES5 (the script tag's second stage carries them).
 *
 * Measured, not guessed: test/conformance/ runs every instance of the
 * crawler-user-agents list (none may be notified) and every browser of the public
 * corpora and the `user-agents` dataset (none may be a bot) through these rules.
 * A new crawler that slips through goes into the named rules below; the generic
 * words at the end catch what names itself, so a name they already catch (Googlebot,
 * bingbot, GPTBot, anything with crawl, spider, monitor, check, feed…) needs no entry:
 * it would only cost the script tag bytes.
 */
export interface BotRule {
  name: string;
  status: 'bot' | 'unknown';
  pattern: RegExp;
}

export const BOT_RULES: readonly BotRule[] = [
  // Google: Googlebot renders with an evergreen Chromium and sends a current Chrome token.
  // https://developers.google.com/search/docs/crawling-indexing/overview-google-crawlers
  { name: 'Google crawler', status: 'bot', pattern: /Google-InspectionTool|GoogleOther|Google-Extended|Mediapartners-Google|APIs-Google|Google-Read-Aloud|Google Web Preview|Google Favicon|GoogleImageProxy|Google-Ads-Conversions|PlayStore-Google/i },
  // Audits of a page's speed, quality or security, run with an emulated or real browser:
  // Lighthouse and PageSpeed Insights, WebPageTest (PTST/), GTmetrix, Siteimprove's crawler
  // and link checker (SiteCheck-sitecrawl, LinkCheck — common on Swedish public sites), and others.
  { name: 'page audit tool', status: 'bot', pattern: /Chrome-Lighthouse|Lighthouse|PageSpeed|Speed Insights|PTST\/|GTmetrix|Siteimprove|DareBoost|Silktide|Hardenize|SecurityHeaders|Criticalcss|YLT Chrome|Hotjar|Foregenix|watchTowr|Netcraft|TestLocally|CookieHub/i },
  // Named crawlers and fetchers that send a plain browser user agent with their name added
  // (names from the crawler-user-agents list, MIT: https://github.com/monperrus/crawler-user-agents).
  { name: 'named crawler or fetcher', status: 'bot', pattern: /Datanyze|BrandVerity|MarketGoo|Collapsify|Readable\/|NewsNow\/|Web Measure|Autoconfig Test|Impact\.com|GeedoShop|Manus-User|newsai\/|ZoteroTranslationServer|Sindup|Scope3|SQWatcher|TSM-turingos|PS_Daily|BW\/\d|Dlc\/|Luminator|PrintFriendly|xmco\.fr|adbeat\.com|Miniature\.io|page-preview-tool|\) splash Version\//i },
  // Headless and automated browsers (Puppeteer, Playwright default UAs, PhantomJS, Selenium grids).
  { name: 'headless browser', status: 'bot', pattern: /HeadlessChrome|PhantomJS|SlimerJS|puppeteer|playwright|selenium/i },
  // Link previewers: https://developers.facebook.com/docs/sharing/webmasters/web-crawlers
  { name: 'link preview', status: 'bot', pattern: /facebookexternalhit|facebookcatalog|Slack-ImgProxy|WhatsApp\/|SkypeUriPreview|Embedly|vkShare|Iframely/i },
  // Search engines: https://www.bing.com/webmasters/help/which-crawlers-does-bing-use-8c184ec0
  // https://support.apple.com/en-us/119829 (Applebot)
  { name: 'search crawler', status: 'bot', pattern: /BingPreview|Yandex(?:Images|Metrika|Accessibility)|Yeti\/|Qwantify|Yahoo! Slurp/i },
  // AI and SEO crawlers.
  { name: 'AI / SEO crawler', status: 'bot', pattern: /ChatGPT-User|Claude-User|anthropic-ai|Screaming Frog/i },
  // Monitoring, synthetic checks and archiving.
  { name: 'monitor / archiver', status: 'bot', pattern: /Pingdom|StatusCake|Site24x7|ia_archiver|Nagios|Zabbix|ThousandEyes|Rigor\)|uptimedoctor|websitepulse|AppInsights|Sucuri|LinkTiger|NewsBlur/i },
  // Game consoles and TVs: their browser comes with the device and cannot be swapped,
  // so a notice could only nag. Judged unknown, never notified.
  { name: 'game console or TV browser', status: 'unknown', pattern: /PlayStation|Xbox|Nintendo|SMART-TV|SmartTV|Web0S|webOS\.TV|NetCast|HbbTV|BRAVIA|CrKey|Tizen [\d.]{1,8}\) |\bTV Safari\// },
  // HTTP clients and libraries: not browsers, so nothing to judge. Before the catch-alls
  // below, since some name their homepage.
  { name: 'HTTP tool', status: 'unknown', pattern: /^(?:curl|Wget|python-requests|python-urllib|Python\/|aiohttp|httpx|Go-http-client|okhttp|axios|node-fetch|undici|got\b|Java\/|Apache-HttpClient|libwww-perl|PostmanRuntime|insomnia|HTTPie|Ruby|Faraday|Dart\/|Deno\/|Bun\/|Scrapy|PHP\/|GuzzleHttp|WinHttp|Microsoft-CryptoAPI)/i },
  // "bot" as a word or a word's ending (Googlebot, SWIMGBot, YouBot, bot/1.0), except in
  // CUBOT, a phone maker (`CUBOT X6`). ES5 has no lookbehind, hence the three alternatives.
  { name: 'self-declared bot', status: 'bot', pattern: /(?:^|[^u]|[^c]u)bot\b|\bbot/i },
  // Words no browser sends, measured over the public corpora and the `user-agents`
  // dataset: crawlers, scanners, checkers, feed fetchers, "agents", and anything with a web
  // or e-mail address. Not a bare host name: ISPs branded Internet Explorer 5–6 with theirs
  // (`MSIE 6.0; Windows 98; www.isp.com`), and `Telekom.de` is a carrier in Facebook's app.
  { name: 'self-declared crawler or tool', status: 'bot', pattern: /crawl|spider|scrap(?:er|ing)|robot|monitor|synthetic|inspector|scan\b|scann(?:er|ing)|check|feed|agent(?:\b|_)|https?:\/\/|@[\w-]{1,40}\.[a-z]/i },
];

/**
 * One case-insensitive pattern for the common case (no match), checked before finding
 * which rule matched. A superset of the rules (the case-sensitive one included), so a
 * match here still needs a rule to match before a user agent counts as a bot.
 */
export const ANY_BOT = new RegExp(BOT_RULES.map((rule) => '(?:' + rule.pattern.source + ')').join('|'), 'i');
