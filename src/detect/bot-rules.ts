/**
 * User agents that must never see the notice, whatever browser version they claim.
 * One entry per rule; `status` says whether it is a crawler or automation (`bot`)
 * or a plain HTTP tool (`unknown`). Patterns are plain alternations of literal
 * tokens (no nested quantifiers), so they run in linear time.
 */
export interface BotRule {
  name: string;
  status: 'bot' | 'unknown';
  pattern: RegExp;
}

export const BOT_RULES: readonly BotRule[] = [
  // Google: Googlebot renders with an evergreen Chromium and sends a current Chrome token.
  // https://developers.google.com/search/docs/crawling-indexing/overview-google-crawlers
  { name: 'Google crawler', status: 'bot', pattern: /Googlebot|Google-InspectionTool|GoogleOther|Google-Extended|AdsBot-Google|Mediapartners-Google|APIs-Google|FeedFetcher-Google|Google-Read-Aloud|Storebot-Google/i },
  // Lighthouse and PageSpeed Insights audit with an emulated device: never notify them.
  { name: 'Lighthouse / PageSpeed', status: 'bot', pattern: /Chrome-Lighthouse|Lighthouse|PageSpeed|Speed Insights/i },
  // Headless and automated browsers (Puppeteer, Playwright default UAs, PhantomJS, Selenium grids).
  { name: 'headless browser', status: 'bot', pattern: /HeadlessChrome|PhantomJS|SlimerJS|puppeteer|playwright|selenium/i },
  // Link previewers: https://developers.facebook.com/docs/sharing/webmasters/web-crawlers
  { name: 'link preview', status: 'bot', pattern: /facebookexternalhit|facebookcatalog|meta-externalagent|Twitterbot|LinkedInBot|Slackbot|Slack-ImgProxy|Discordbot|TelegramBot|WhatsApp\/|SkypeUriPreview|redditbot|Embedly|Pinterestbot|vkShare|Iframely/i },
  // Search engines: https://www.bing.com/webmasters/help/which-crawlers-does-bing-use-8c184ec0
  // https://support.apple.com/en-us/119829 (Applebot)
  { name: 'search crawler', status: 'bot', pattern: /bingbot|BingPreview|msnbot|adidxbot|Applebot|DuckDuckBot|DuckAssistBot|YandexBot|YandexMobileBot|Yandex(?:Images|Metrika|Accessibility)|Baiduspider|Yeti\/|SeznamBot|Qwantify|Qwantbot|Exabot|MojeekBot|PetalBot|Bytespider/i },
  // AI and SEO crawlers.
  { name: 'AI / SEO crawler', status: 'bot', pattern: /GPTBot|ChatGPT-User|OAI-SearchBot|ClaudeBot|Claude-User|anthropic-ai|PerplexityBot|CCBot|AhrefsBot|SemrushBot|MJ12bot|DotBot|rogerbot|Screaming Frog|SiteAuditBot|DataForSeoBot|BLEXBot|serpstatbot/i },
  // Monitoring and archiving.
  { name: 'monitor / archiver', status: 'bot', pattern: /UptimeRobot|Pingdom|StatusCake|Site24x7|ia_archiver|archive\.org_bot|Nagios|check_http|Zabbix/i },
  // Game consoles and TVs: their browser comes with the device and cannot be swapped,
  // so a notice could only nag. Judged unknown, never notified.
  { name: 'game console or TV browser', status: 'unknown', pattern: /PlayStation|Xbox|Nintendo|SMART-TV|SmartTV|Web0S|webOS\.TV|NetCast|HbbTV|BRAVIA|CrKey|Tizen [\d.]{1,8}\) |\bTV Safari\// },
  // HTTP clients and libraries: not browsers, so nothing to judge. Before the catch-all
  // below, since some name their homepage with `+https://`.
  { name: 'HTTP tool', status: 'unknown', pattern: /^(?:curl|Wget|python-requests|python-urllib|Python\/|aiohttp|httpx|Go-http-client|okhttp|axios|node-fetch|undici|got\b|Java\/|Apache-HttpClient|libwww-perl|PostmanRuntime|insomnia|HTTPie|Ruby|Faraday|Dart\/|Deno\/|Bun\/|Scrapy|PHP\/|GuzzleHttp|WinHttp|Microsoft-CryptoAPI)/i },
  // Anything that calls itself a bot, crawler or spider.
  { name: 'self-declared crawler', status: 'bot', pattern: /bot\b|\bbot|crawler|crawling|spider|scraper|\+https?:\/\//i },
];

/** One pattern for the common case (no match), checked before finding which rule matched. */
export const ANY_BOT = new RegExp(BOT_RULES.map((rule) => '(?:' + rule.pattern.source + ')').join('|'), 'i');
