/**
 * The user agents the first stage recognises — every current browser whose user agent
 * states its version plainly — as one pattern, anchored at both ends, whose capture
 * groups hold versions only. Its alternatives are written out for reading, with the
 * reasons, in first-stage-source.ts (a test checks that they build this very pattern);
 * here it is one literal, the smallest form in a bundle. Which fast path each group's
 * user agents take, and so which agent rule bounds it, is in first-stage-bounds.ts.
 *
 * The site build bakes it in as a literal, with the minimums for the site's policy as
 * numbers (no version ranges in the pattern): one pattern for every policy. ES5 syntax:
 * no lookbehind, no named groups, no flags.
 */
// prettier-ignore
export const FIRST_STAGE_PATTERN = /^Mozilla\/5\.0 \((?:(?:Windows NT 10\.0; Win64; x64|Macintosh; Intel Mac OS X 10[._]15(?:_7)?|X11; (?:Linux|CrOS) x86_64[\d. ]*)(?:; rv:[\d.]+\) Gecko\/20100101 Firefox\/(\d{1,4})[\d.]*|\) AppleWebKit\/537\.36 \(KHTML, like Gecko\) Chrome\/(\d{1,4})[\d.]* Safari\/537\.36(?: Edg\/(\d{1,4})[\d.]*| OPR\/(\d{1,4})[\d.]*)?|\) AppleWebKit\/605\.1\.15 \(KHTML, like Gecko\) (?:Chrome\/(\d{1,4})[\d.]*|Version\/(\d{1,4}\.\d{1,3})[\d.]*) Safari\/605\.1\.15)|Linux; Android [\d.]+(?:; [\w .\-/]+)?\) AppleWebKit\/537\.36 \(KHTML, like Gecko\) (?:Chrome\/(\d{1,4})[\d.]*|SamsungBrowser\/(\d{1,4}\.\d{1,3})[\d.]* Chrome\/[\d.]+) (?:Mobile )?Safari\/537\.36|Android [\d.]+; (?:Mobile|Tablet); rv:[\d.]+\) Gecko\/[\d.]+ Firefox\/(\d{1,4})[\d.]*|i(?:Phone; CPU iPhone|Pad; CPU) OS (\d{1,4}_\d{1,3})[\d_]* like Mac OS X\) AppleWebKit\/605\.1\.15 \(KHTML, like Gecko\) (?:(?:CriOS|FxiOS|EdgiOS|GSA)\/[\d.]+ )?(?:Version\/(\d{1,4}\.\d{1,3})[\d.]* )?Mobile\/\w+(?: Safari\/60[45]\.1[\d.]*(?: Brave| Ddg\/[\d.]+| OPT\/[\d.]+)?)?)$/;
