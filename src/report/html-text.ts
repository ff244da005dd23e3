import type { PeriodUnit } from './periods';

/**
 * The words only the HTML page shows (its whole tables, trends and chart axes), per
 * language, beside {@link ReportText} (text.ts), which the table and the page share. Every
 * tag of `REPORT_TEXTS` has an entry here (a test holds them together). Written for this
 * project.
 */
export interface HtmlText {
  /** Section heading of the whole tables. */
  everyBrowser: string;
  /** `what` is what was counted, as its column says (`page views`, `requests`). */
  familyCaption(what: string): string;
  familyColumn: string;
  /** The names of the two families that are not browsers. */
  familyName: Record<'bot' | 'unknown', string>;
  /** The summary that opens the table of every version: `count` is formatted. */
  versionsSummary(count: string): string;
  versionsCaption(what: string): string;
  statusColumn: string;
  /** Said under the headings of sortable tables' section. */
  sortNote(what: string): string;
  /** What the chart's vertical axis counts. */
  chartAxis(what: string): string;
  /** The period under the chart's labels. */
  periodAxis: Record<PeriodUnit, string>;
  /** The chart's legend of a hatched bar; `unit` from `UNIT_NAME`. */
  partialLegend(unit: string): string;
  /** After a partial period in the chart's titles and the table. */
  partial: string;
  /** The chart's scroll region, for keyboard and screen reader users. */
  chartRegion(title: string): string;
  statusTrend: Record<PeriodUnit, string>;
  familyTrend: Record<PeriodUnit, string>;
}

/** `page views` → `Page views`. */
function capital(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

const en: HtmlText = {
  everyBrowser: 'Every browser and version',
  familyCaption: (what) => `${capital(what)} per browser family (share of all ${what})`,
  familyColumn: 'browser family',
  familyName: { bot: 'bots', unknown: 'unknown (no browser)' },
  versionsSummary: (count) => `Every browser version: ${count} rows, with their status`,
  versionsCaption: (what) => `${capital(what)} per browser version (share of all ${what})`,
  statusColumn: 'status',
  sortNote: (what) => `The tables are in order of ${what}, most first. Where the page may run its small script, the column heads sort them.`,
  chartAxis: (what) => `Share of ${what} that would see the notice`,
  periodAxis: { day: 'Day (month-day)', week: 'Week, by its Monday (month-day)', month: 'Month' },
  partialLegend: (unit) => `Hatched bar: a ${unit} the logs cover only in part`,
  partial: 'partial',
  chartRegion: (title) => `Chart: ${title} (scrolls sideways)`,
  statusTrend: { day: 'Share per status, per day', week: 'Share per status, per week', month: 'Share per status, per month' },
  familyTrend: { day: 'Share per browser family, per day', week: 'Share per browser family, per week', month: 'Share per browser family, per month' },
};

const sv: HtmlText = {
  everyBrowser: 'Alla webbläsare och versioner',
  familyCaption: (what) => `${capital(what)} per webbläsare (andel av alla ${what})`,
  familyColumn: 'webbläsare',
  familyName: { bot: 'robotar', unknown: 'okänd (ingen webbläsare)' },
  versionsSummary: (count) => `Alla webbläsarversioner: ${count} rader, med status`,
  versionsCaption: (what) => `${capital(what)} per webbläsarversion (andel av alla ${what})`,
  statusColumn: 'status',
  sortNote: (what) => `Tabellerna är ordnade efter antal ${what}, flest först. Om sidan får köra sitt lilla skript kan du sortera dem med kolumnrubrikerna.`,
  chartAxis: (what) => `Andel ${what} som skulle få se meddelandet`,
  periodAxis: { day: 'Dag (månad-dag)', week: 'Vecka, efter dess måndag (månad-dag)', month: 'Månad' },
  partialLegend: (unit) => `Randig stapel: en ${unit} som loggarna bara täcker delvis`,
  partial: 'ofullständig',
  chartRegion: (title) => `Diagram: ${title} (kan rullas i sidled)`,
  statusTrend: { day: 'Andel per status, per dag', week: 'Andel per status, per vecka', month: 'Andel per status, per månad' },
  familyTrend: { day: 'Andel per webbläsare, per dag', week: 'Andel per webbläsare, per vecka', month: 'Andel per webbläsare, per månad' },
};

/** The page's own words, by `--lang` tag (null prototype: the tag comes from the command line). */
export const HTML_TEXTS: Readonly<Record<string, HtmlText>> = Object.assign(Object.create(null) as Record<string, HtmlText>, { en, sv });
