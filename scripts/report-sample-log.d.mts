/** The first day of the sample log, `YYYY-MM-DD` (a Wednesday). */
export const FIRST_DAY: string;
/** How many days the sample log spans. */
export const DAYS: number;
/** The sample log's lines in the combined format, `perDay` requests a day on average (see report-sample-log.mjs). */
export function sampleLog(perDay?: number): string;
