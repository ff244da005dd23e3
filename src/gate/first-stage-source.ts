/**
 * The user agents the first stage recognises: every current browser whose user agent
 * states its version plainly, as one pattern. Each capture group holds a version — a
 * major (`142`, at most 4 digits) or a major and minor (`18.5`, `18_6`, at most 4 and 3
 * digits) — and `versionNumber` (gate-recipe.ts) reads it; cutting a longer number short
 * only ever makes it smaller, so the comparison errs toward the second stage. Which fast
 * path (patterns.ts) each group's user agents take, and so which agent rule bounds it,
 * is in first-stage-bounds.ts; a test checks both on every known user agent.
 *
 * Written out here for reading; FIRST_STAGE_PATTERN (first-stage-shapes.ts) is the same
 * pattern as one literal, which a test checks. Build and tests only.
 */

const MAJOR = '(\\d{1,4})[\\d.]*';
const MAJOR_MINOR = '(\\d{1,4}\\.\\d{1,3})[\\d.]*';
const BLINK = '\\) AppleWebKit/537\\.36 \\(KHTML, like Gecko\\) ';
const WEBKIT = '\\) AppleWebKit/605\\.1\\.15 \\(KHTML, like Gecko\\) ';
// What current desktop browsers send: Chromium's user-agent reduction froze the platform
// (https://www.chromium.org/updates/ua-reduction/), Safari and Firefox freeze macOS at 10.15.
const DESKTOP = '(?:Windows NT 10\\.0; Win64; x64|Macintosh; Intel Mac OS X 10[._]15(?:_7)?|X11; (?:Linux|CrOS) x86_64[\\d. ]*)';

/** The pattern's alternatives after `Mozilla/5.0 (`, in the order of their capture groups. */
export const FIRST_STAGE_SHAPES: readonly string[] = [
  // Desktop: Firefox (group 1); Chrome (2) with Edge's (3) or Opera's (4) own version;
  // on Safari's WebKit, a Chrome/ token (5, some macOS apps) or Safari itself (6).
  DESKTOP +
    '(?:; rv:[\\d.]+\\) Gecko/20100101 Firefox/' + MAJOR +
    '|' + BLINK + 'Chrome/' + MAJOR + ' Safari/537\\.36(?: Edg/' + MAJOR + '| OPR/' + MAJOR + ')?' +
    '|' + WEBKIT + '(?:Chrome/' + MAJOR + '|Version/' + MAJOR_MINOR + ') Safari/605\\.1\\.15)',
  // Android: Chrome (7) or Samsung Internet (8), with or without a device model.
  'Linux; Android [\\d.]+(?:; [\\w .\\-/]+)?' + BLINK + '(?:Chrome/' + MAJOR + '|SamsungBrowser/' + MAJOR_MINOR + ' Chrome/[\\d.]+) (?:Mobile )?Safari/537\\.36',
  // Firefox for Android (9).
  'Android [\\d.]+; (?:Mobile|Tablet); rv:[\\d.]+\\) Gecko/[\\d.]+ Firefox/' + MAJOR,
  // Every browser on iPhone and iPad, all WebKit: the OS version (10) and Safari's Version/ (11) when
  // sent. Brave, DuckDuckGo and Opera add a token at the end; in-app views send no Safari/.
  'i(?:Phone; CPU iPhone|Pad; CPU) OS (\\d{1,4}_\\d{1,3})[\\d_]* like Mac OS X' + WEBKIT +
    '(?:(?:CriOS|FxiOS|EdgiOS|GSA)/[\\d.]+ )?(?:Version/' + MAJOR_MINOR + ' )?Mobile/\\w+(?: Safari/60[45]\\.1[\\d.]*(?: Brave| Ddg/[\\d.]+| OPT/[\\d.]+)?)?',
];

/** The whole pattern as built from the shapes above: what FIRST_STAGE_PATTERN must be. */
export function firstStagePatternSource(): string {
  return new RegExp('^Mozilla/5\\.0 \\((?:' + FIRST_STAGE_SHAPES.join('|') + ')$').source;
}

