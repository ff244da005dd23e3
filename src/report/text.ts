import type { LeftOutReason } from './page-views';
import type { PeriodUnit } from './periods';
import type { ReportText } from './text-types';

export type { ReportText } from './text-types';

/**
 * Every word the report's table and page show, per language (`--lang`): its readers
 * are web teams and their managers. The JSON report has no text but `compare.summary`,
 * in the same language. Written for this project; to add a language, add one object
 * with every key of {@link ReportText} (text-types.ts).
 */
const en: ReportText = {
  lang: 'en',
  numbers: 'en-US',
  title: 'Old browser report',
  policy: 'policy',
  linesRead: 'Lines read',
  requests: 'Requests',
  distinct: 'Distinct user agents',
  other: 'Other user agents (not judged)',
  otherNote: (max) =>
    `The logs hold more than ${max} distinct user agents: the rarest were folded into "other user agents", counted but not judged, so that memory stays bounded. Shares are of the requests judged.`,
  skipped: 'Lines skipped',
  skippedNote: 'Skipped lines are empty, malformed, without a user agent, or longer than 64 KiB.',
  wouldSee: (count, percent, one, counted) =>
    `${count} ${counted === 'page views' ? (one ? 'page view' : 'page views') : one ? 'request' : 'requests'} (${percent}) would see the notice`,
  countedLabel: { 'page views': 'Page views', requests: 'Requests', 'as counted': 'Requests (as counted)' },
  countedColumn: { 'page views': 'page views', requests: 'requests', 'as counted': 'requests' },
  countedLine(counted, count, one, leftOutCount, leftOut) {
    if (counted === 'requests') return `${count} ${one ? 'request' : 'requests'}: every request is counted (--all-requests), assets, errors, redirects and form posts included.`;
    if (counted === 'as counted') return `${count} ${one ? 'request' : 'requests'} as the counted export's query counted them: the report cannot tell page views from other requests in its rows (the recipes count page views).`;
    const views = `${count} ${one ? 'page view' : 'page views'}`;
    return leftOut === '' ? views : `${views} (${leftOutCount} ${leftOutCount === '1' ? 'request' : 'requests'} left out: ${leftOut})`;
  },
  leftOutReason: {
    noRequest: 'without a request line',
    unreadableStatus: 'with an unreadable status',
    assets: 'assets',
    notGetOrHead: 'not GET or HEAD',
    errorsAndRedirects: 'errors and redirects',
  },
  countedAsGiven: (count) => `${count} of them counted as given: their lines record no request to check (JSON lines, or a user agent alone).`,
  visitors: 'Visitors (estimate)',
  atLeast: (count) => `at least ${count}`,
  visitorsUnknown: 'not known',
  visitorsUnknownNote: 'Visitors are not known: no line read gives a client address (JSON lines, a user agent alone, counted exports).',
  visitorsNote: (of, all, counted) =>
    `Visitors: distinct pairs of client address and user agent per day, added up over the days, of ${all ? 'the' : `the ${of}`} ${counted === 'page views' ? 'page views' : 'requests'}${all ? ' counted' : ' whose lines give a client address'}. An estimate: people behind one address (an office, a mobile network) count once, a person on two devices or over two days counts twice.`,
  visitorsColumn: 'visitors',
  allOutdated: (count) => `Outdated browser versions (all ${count})`,
  allUnsupported: (count) => `Unsupported browser versions (all ${count})`,
  allVersions: (count) => `Every browser version (${count})`,
  statusHeader: 'Status',
  actionHeader: 'Action (of notified)',
  statusCaption: 'Requests per status (share of all requests)',
  actionCaption: 'Notified requests per action (share of notified requests)',
  requestsColumn: 'requests',
  shareColumn: 'share',
  statusName: { supported: 'supported', outdated: 'outdated', unsupported: 'unsupported', insecure: 'insecure', unknown: 'unknown', bot: 'bot', notified: 'notified' },
  statusMeaning: {
    supported: 'meets the policy',
    outdated: 'in the policy, below its minimum: notified',
    unsupported: 'not in the policy at all: notified',
    insecure: 'meets the policy, but gets no security fixes on its system: notified (--insecure)',
    unknown: 'no browser or version to judge, HTTP tools: never notified',
    bot: 'crawlers, previews, automated browsers: never notified',
    notified: 'outdated, unsupported (and insecure)',
  },
  actionName: { update: 'update', switch: 'switch', 'update-os': 'update-os' },
  actionMeaning: {
    update: 'asked to update their browser',
    switch: 'asked to switch to another browser',
    'update-os': 'told their system is too old for a current browser',
  },
  topOutdated: (count) => `Top ${count} outdated browser versions`,
  topUnsupported: (count) => `Top ${count} unsupported browser versions`,
  topUnknown: (count) => `Top ${count} user agents judged unknown`,
  none: 'none',
  browserVersion: 'browser version',
  userAgent: 'user agent',
  mostFrequent: 'most frequent user agent',
  shareOfAll: 'share of all requests',
  compare(from, to, difference, percent, count, quote, counted) {
    const moving = `Moving from ${quote(from)} to ${quote(to)}`;
    const views = counted === 'page views';
    if (difference === 0) return `${moving} notifies as many visitors as before (the same number of ${views ? 'page views' : 'requests'}).`;
    const one = Math.abs(difference) === 1;
    const requests = views ? (one ? 'page view' : 'page views') : one ? 'request' : 'requests';
    return `${moving} notifies ${percent} ${difference > 0 ? 'more' : 'fewer'} visitors (${count} ${requests}).`;
  },
  perPeriod: { day: 'Notified share per day', week: 'Notified share per week', month: 'Notified share per month' },
  periodStart: 'from',
  undated: (count) => `${count} requests had no readable date and are in no period.`,
  span: (first, last) => `The logs span ${first} to ${last}.`,
  generated: (when) => `Report made ${when}.`,
  sections: {
    read: 'Requests read',
    who: 'Who would see the notice',
    versions: 'Browser versions that would see the notice',
    noVerdict: 'User agents without a verdict',
    overTime: 'Over time',
  },
  from: (inputs) => `From ${inputs}.`,
  standardInput: 'standard input',
  noInput: 'no input',
  chartDescription: (unit) => `Bars: the share of requests that would see the notice, per ${unit}. The table under the chart holds the same numbers.`,
};

const sv: ReportText = {
  lang: 'sv',
  numbers: 'sv-SE',
  title: 'Rapport om gamla webbläsare',
  policy: 'policy',
  linesRead: 'Lästa rader',
  requests: 'Förfrågningar',
  distinct: 'Olika användaragenter',
  other: 'Övriga användaragenter (inte bedömda)',
  otherNote: (max) =>
    `Loggarna innehåller fler än ${max} olika användaragenter: de ovanligaste har slagits ihop till ”övriga användaragenter”, som räknas men inte bedöms, så att minnet räcker. Andelarna gäller de bedömda förfrågningarna.`,
  skipped: 'Överhoppade rader',
  skippedNote: 'Överhoppade rader är tomma, felformade, saknar användaragent eller är längre än 64 KiB.',
  wouldSee: (count, percent, one, counted) =>
    `${count} ${counted === 'page views' ? (one ? 'sidvisning' : 'sidvisningar') : one ? 'förfrågan' : 'förfrågningar'} (${percent}) skulle få se meddelandet`,
  countedLabel: { 'page views': 'Sidvisningar', requests: 'Förfrågningar', 'as counted': 'Förfrågningar (som de räknats)' },
  countedColumn: { 'page views': 'sidvisningar', requests: 'förfrågningar', 'as counted': 'förfrågningar' },
  countedLine(counted, count, one, leftOutCount, leftOut) {
    if (counted === 'requests') return `${count} ${one ? 'förfrågan' : 'förfrågningar'}: alla förfrågningar räknas (--all-requests), även filer som sidorna laddar, fel, omdirigeringar och formulär som skickas.`;
    if (counted === 'as counted') return `${count} ${one ? 'förfrågan' : 'förfrågningar'} så som exportens fråga räknade dem: rapporten kan inte skilja ut sidvisningar i raderna (recepten räknar sidvisningar).`;
    const views = `${count} ${one ? 'sidvisning' : 'sidvisningar'}`;
    return leftOut === '' ? views : `${views} (${leftOutCount} ${leftOutCount === '1' ? 'förfrågan' : 'förfrågningar'} räknades inte: ${leftOut})`;
  },
  leftOutReason: {
    noRequest: 'utan förfrågningsrad',
    unreadableStatus: 'med oläslig status',
    assets: 'statiska filer',
    notGetOrHead: 'inte GET eller HEAD',
    errorsAndRedirects: 'fel och omdirigeringar',
  },
  countedAsGiven: (count) => `${count} av dem räknades som de är: raderna anger ingen förfrågan att pröva (JSON-rader eller enbart en användaragent).`,
  visitors: 'Besökare (uppskattning)',
  atLeast: (count) => `minst ${count}`,
  visitorsUnknown: 'okänt',
  visitorsUnknownNote: 'Antalet besökare är okänt: ingen läst rad anger en klientadress (JSON-rader, enbart en användaragent, räknade exporter).',
  visitorsNote: (of, all, counted) =>
    `Besökare: olika par av klientadress och användaragent per dag, summerade över dagarna, bland ${all ? 'alla' : of} ${counted === 'page views' ? 'sidvisningar' : 'förfrågningar'}${all ? ' som räknats' : ' vars rader anger en klientadress'}. En uppskattning: flera personer bakom samma adress (ett kontor, ett mobilnät) räknas en gång, och en person med två enheter eller under två dagar räknas två gånger.`,
  visitorsColumn: 'besökare',
  allOutdated: (count) => `Gamla webbläsarversioner (alla ${count})`,
  allUnsupported: (count) => `Webbläsarversioner som inte stöds (alla ${count})`,
  allVersions: (count) => `Alla webbläsarversioner (${count})`,
  statusHeader: 'Status',
  actionHeader: 'Åtgärd (av dem som får meddelandet)',
  statusCaption: 'Förfrågningar per status (andel av alla förfrågningar)',
  actionCaption: 'Förfrågningar som får meddelandet per åtgärd (andel av dem som får meddelandet)',
  requestsColumn: 'förfrågningar',
  shareColumn: 'andel',
  statusName: { supported: 'stöds', outdated: 'gammal', unsupported: 'stöds inte', insecure: 'osäker', unknown: 'okänd', bot: 'robot', notified: 'får meddelandet' },
  statusMeaning: {
    supported: 'uppfyller policyn',
    outdated: 'finns i policyn men under lägsta versionen: får meddelandet',
    unsupported: 'finns inte med i policyn: får meddelandet',
    insecure: 'uppfyller policyn men får inga säkerhetsuppdateringar på sitt system: får meddelandet (--insecure)',
    unknown: 'ingen webbläsare eller version att bedöma, HTTP-verktyg: får aldrig meddelandet',
    bot: 'sökrobotar, förhandsvisningar, automatiserade webbläsare: får aldrig meddelandet',
    notified: 'gamla, sådana som inte stöds (och osäkra)',
  },
  actionName: { update: 'uppdatera', switch: 'byta', 'update-os': 'uppdatera systemet' },
  actionMeaning: {
    update: 'ombeds uppdatera sin webbläsare',
    switch: 'ombeds byta till en annan webbläsare',
    'update-os': 'får veta att systemet är för gammalt för en aktuell webbläsare',
  },
  topOutdated: (count) => `De ${count} vanligaste gamla webbläsarversionerna`,
  topUnsupported: (count) => `De ${count} vanligaste webbläsarversionerna som inte stöds`,
  topUnknown: (count) => `De ${count} vanligaste användaragenterna som bedömts som okända`,
  none: 'inga',
  browserVersion: 'webbläsarversion',
  userAgent: 'användaragent',
  mostFrequent: 'vanligaste användaragent',
  shareOfAll: 'andel av alla förfrågningar',
  compare(from, to, difference, percent, count, quote, counted) {
    const moving = `Att gå från ${quote(from)} till ${quote(to)}`;
    const views = counted === 'page views';
    if (difference === 0) return `${moving} ger lika många besökare meddelandet som förut (lika många ${views ? 'sidvisningar' : 'förfrågningar'}).`;
    const one = Math.abs(difference) === 1;
    const requests = views ? (one ? 'sidvisning' : 'sidvisningar') : one ? 'förfrågan' : 'förfrågningar';
    return `${moving} ger ${percent} ${difference > 0 ? 'fler' : 'färre'} besökare meddelandet (${count} ${requests}).`;
  },
  perPeriod: { day: 'Andel som får meddelandet per dag', week: 'Andel som får meddelandet per vecka', month: 'Andel som får meddelandet per månad' },
  periodStart: 'från',
  undated: (count) => `${count} förfrågningar saknade läsbart datum och ingår inte i någon period.`,
  span: (first, last) => `Loggarna omfattar ${first} till ${last}.`,
  generated: (when) => `Rapporten gjordes ${when}.`,
  sections: {
    read: 'Lästa förfrågningar',
    who: 'Vem skulle få se meddelandet',
    versions: 'Webbläsarversioner som skulle få se meddelandet',
    noVerdict: 'Användaragenter utan bedömning',
    overTime: 'Över tid',
  },
  from: (inputs) => `Från ${inputs}.`,
  standardInput: 'standard in',
  noInput: 'ingen indata',
  chartDescription: (unit) => `Staplar: andelen förfrågningar som skulle få se meddelandet, per ${unit}. Tabellen under diagrammet har samma siffror.`,
};

/** The report's languages, by `--lang` tag (null prototype: the tag comes from the command line). */
export const REPORT_TEXTS: Readonly<Record<string, ReportText>> = Object.assign(Object.create(null) as Record<string, ReportText>, { en, sv });

/** The unit's name inside a sentence. */
export const UNIT_NAME: Readonly<Record<string, Record<PeriodUnit, string>>> = Object.assign(Object.create(null) as Record<string, Record<PeriodUnit, string>>, {
  en: { day: 'day', week: 'week', month: 'month' },
  sv: { day: 'dag', week: 'vecka', month: 'månad' },
});

/**
 * The requests left out, per reason with at least one, as `countedLine` lists them:
 * "11,000 assets, 1,200 errors and redirects"; a single reason without its count, as the
 * total says it ("5 requests left out: assets"). `''` when none were left out.
 * @example leftOutList(report.leftOut, REPORT_TEXTS.en!, numbersOf(REPORT_TEXTS.en!).count)
 */
export function leftOutList(leftOut: Record<LeftOutReason, number>, text: ReportText, count: (n: number) => string): string {
  const reasons = (Object.keys(text.leftOutReason) as LeftOutReason[]).filter((reason) => leftOut[reason] > 0);
  if (reasons.length === 1) return text.leftOutReason[reasons[0]!];
  return reasons
    .sort((a, b) => leftOut[b] - leftOut[a])
    .map((reason) => `${count(leftOut[reason])} ${text.leftOutReason[reason]}`)
    .join(', ');
}

/** Formats counts and percentages in the language's way. */
export function numbersOf(text: ReportText): { count(n: number): string; percent(n: number): string } {
  const count = new Intl.NumberFormat(text.numbers);
  const decimal = new Intl.NumberFormat(text.numbers, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  return { count: (n) => count.format(n), percent: (n) => `${decimal.format(n)} %` };
}
