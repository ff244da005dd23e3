import type { Shape } from './match-shapes';

/**
 * The user agents the first stage recognises — every current browser whose user agent
 * states its version plainly — in the compact form the first stage's matcher reads
 * (match-shapes.ts): `|` between choices, `*` a run of digits, `~` a device model,
 * `#` and a letter a version the gate judges (`a` is its first group). Written out for
 * reading, with the reasons, in first-stage-source.ts; a test checks that they compact to
 * this very table. The site build bakes it in as it is, with the minimums for the site's
 * policy as numbers: one table for every policy.
 */
// prettier-ignore
export const FIRST_STAGE_SHAPES: readonly Shape[] = [["Mozilla/5.0 (","Windows NT 10.0; Win64; x64|Macintosh; Intel Mac OS X 10_15_7|Macintosh; Intel Mac OS X 10.15|X11; Linux x86_64|X11; CrOS x86_64 *","; rv:*) Gecko/20100101 Firefox/#a"],["Mozilla/5.0 (","Windows NT 10.0; Win64; x64|Macintosh; Intel Mac OS X 10_15_7|Macintosh; Intel Mac OS X 10.15|X11; Linux x86_64|X11; CrOS x86_64 *",") AppleWebKit/537.36 (KHTML, like Gecko) Chrome/#b Safari/537.36","| Edg/#c| OPR/#d"],["Mozilla/5.0 (","Windows NT 10.0; Win64; x64|Macintosh; Intel Mac OS X 10_15_7|Macintosh; Intel Mac OS X 10.15|X11; Linux x86_64|X11; CrOS x86_64 *",") AppleWebKit/605.1.15 (KHTML, like Gecko) Chrome/#e Safari/605.1.15|) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/#f Safari/605.1.15"],["Mozilla/5.0 (Linux; Android *","|; ~",") AppleWebKit/537.36 (KHTML, like Gecko) ","Chrome/#g |SamsungBrowser/#h Chrome/* ","|Mobile ","Safari/537.36"],["Mozilla/5.0 (Android *; ","Mobile|Tablet","; rv:*) Gecko/* Firefox/#i"],["Mozilla/5.0 (","iPhone; CPU iPhone|iPad; CPU"," OS #j like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) ","|CriOS/* |FxiOS/* |EdgiOS/* |GSA/* ","|Version/#k ","Mobile/15E148","| Safari/604.1| Safari/605.1.15| Safari/604.1 Brave| Safari/604.1 Ddg/*| Safari/604.1 OPT/*"]];

/**
 * The same shapes as one regular expression, whose capture group n is version group n
 * (shapesAsRegExp, first-stage-source.ts; a test checks it is this very pattern): what
 * the lazy import bundles, where it is the smaller code. ES5 syntax.
 */
// prettier-ignore
export const FIRST_STAGE_PATTERN = /^(?:Mozilla\/5\.0 \((?:Windows NT 10\.0; Win64; x64|Macintosh; Intel Mac OS X 10_15_7|Macintosh; Intel Mac OS X 10\.15|X11; Linux x86_64|X11; CrOS x86_64 [\d._]+); rv:[\d._]+\) Gecko\/20100101 Firefox\/([\d._]+)|Mozilla\/5\.0 \((?:Windows NT 10\.0; Win64; x64|Macintosh; Intel Mac OS X 10_15_7|Macintosh; Intel Mac OS X 10\.15|X11; Linux x86_64|X11; CrOS x86_64 [\d._]+)\) AppleWebKit\/537\.36 \(KHTML, like Gecko\) Chrome\/([\d._]+) Safari\/537\.36(?:| Edg\/([\d._]+)| OPR\/([\d._]+))|Mozilla\/5\.0 \((?:Windows NT 10\.0; Win64; x64|Macintosh; Intel Mac OS X 10_15_7|Macintosh; Intel Mac OS X 10\.15|X11; Linux x86_64|X11; CrOS x86_64 [\d._]+)(?:\) AppleWebKit\/605\.1\.15 \(KHTML, like Gecko\) Chrome\/([\d._]+) Safari\/605\.1\.15|\) AppleWebKit\/605\.1\.15 \(KHTML, like Gecko\) Version\/([\d._]+) Safari\/605\.1\.15)|Mozilla\/5\.0 \(Linux; Android [\d._]+(?:|; [\w .\-]+)\) AppleWebKit\/537\.36 \(KHTML, like Gecko\) (?:Chrome\/([\d._]+) |SamsungBrowser\/([\d._]+) Chrome\/[\d._]+ )(?:|Mobile )Safari\/537\.36|Mozilla\/5\.0 \(Android [\d._]+; (?:Mobile|Tablet); rv:[\d._]+\) Gecko\/[\d._]+ Firefox\/([\d._]+)|Mozilla\/5\.0 \((?:iPhone; CPU iPhone|iPad; CPU) OS ([\d._]+) like Mac OS X\) AppleWebKit\/605\.1\.15 \(KHTML, like Gecko\) (?:|CriOS\/[\d._]+ |FxiOS\/[\d._]+ |EdgiOS\/[\d._]+ |GSA\/[\d._]+ )(?:|Version\/([\d._]+) )Mobile\/15E148(?:| Safari\/604\.1| Safari\/605\.1\.15| Safari\/604\.1 Brave| Safari\/604\.1 Ddg\/[\d._]+| Safari\/604\.1 OPT\/[\d._]+))$/;
