/**
 * The user agents the first stage recognises: every current browser whose user agent
 * states its version plainly, written out for reading. FIRST_STAGE_SHAPES
 * (first-stage-shapes.ts) is the same table in the compact form the matcher reads
 * (match-shapes.ts), which a test checks. Build and tests only.
 *
 * A shape is a list of parts, read left to right; a part is a list of choices, one of
 * which must follow what the previous parts matched, and the last part must end the user
 * agent. A choice is text, with these placeholders:
 * - `<digits>`: a run of digits, `.` and `_` (a version nobody is judged by);
 * - `<model>`: a device model, a run of letters, digits, space, `.`, `_` and `-`, which
 *   cannot hold a `;` or `)`, so it cannot run past its own field, nor a `/`, so it cannot
 *   hold another product's token (`; K Trident/7.0)`);
 * - `<firefox>`, `<chrome>` …: a run of digits, `.` and `_` that is the version the gate
 *   judges, one name per bound of the gate (GATE_GROUPS below, in GATE_RECIPE's order).
 * An empty choice makes a part optional.
 *
 * Everything else is text that must be there exactly, so that no token the full rules
 * would read differently (a crawler's name, another browser's) can pass. No regular
 * expression, on purpose: a page's first regular expression costs about 0.4 ms of main
 * thread in Chromium (measured in bench/first-stage.bench.js), more than the rest of the
 * first stage.
 */

/** The gate's version groups, in the order of its bounds (GATE_RECIPE, gate-recipe.ts). */
export const GATE_GROUPS = ['firefox', 'chrome', 'edge', 'opera', 'chrome on WebKit', 'safari', 'and_chr', 'samsung', 'and_ff', 'ios', 'ios Version'] as const;

const START = 'Mozilla/5.0 (';
// What current desktop browsers send: Chromium's user-agent reduction froze the platform
// (https://www.chromium.org/updates/ua-reduction/), Safari and Chrome freeze macOS at
// 10_15_7, Firefox at 10.15; Chrome OS keeps its platform version.
const DESKTOP = ['Windows NT 10.0; Win64; x64', 'Macintosh; Intel Mac OS X 10_15_7', 'Macintosh; Intel Mac OS X 10.15', 'X11; Linux x86_64', 'X11; CrOS x86_64 <digits>'];
const BLINK = ') AppleWebKit/537.36 (KHTML, like Gecko) ';
const WEBKIT = ') AppleWebKit/605.1.15 (KHTML, like Gecko) ';

/** Every shape, in the order the matcher tries them. No user agent matches two (tested). */
export const READABLE_SHAPES: readonly (readonly (readonly string[])[])[] = [
  // Desktop Firefox.
  [[START], DESKTOP, ['; rv:<digits>) Gecko/20100101 Firefox/<firefox>']],
  // Desktop Chrome, with Edge's or Opera's own version when it is one of them.
  [[START], DESKTOP, [BLINK + 'Chrome/<chrome> Safari/537.36'], ['', ' Edg/<edge>', ' OPR/<opera>']],
  // On Safari's WebKit: a Chrome/ token (some macOS apps), or Safari itself.
  [[START], DESKTOP, [WEBKIT + 'Chrome/<chrome on WebKit> Safari/605.1.15', WEBKIT + 'Version/<safari> Safari/605.1.15']],
  // Android: Chrome or Samsung Internet, with or without a device model.
  [
    [START + 'Linux; Android <digits>'],
    ['', '; <model>'],
    [BLINK],
    ['Chrome/<and_chr> ', 'SamsungBrowser/<samsung> Chrome/<digits> '],
    ['', 'Mobile '],
    ['Safari/537.36'],
  ],
  // Firefox for Android.
  [[START + 'Android <digits>; '], ['Mobile', 'Tablet'], ['; rv:<digits>) Gecko/<digits> Firefox/<and_ff>']],
  // Every browser on iPhone and iPad, all WebKit: the OS version and Safari's Version/ when
  // sent (the gate wants both to meet the minimum). Chrome, Firefox, Edge and Google's app
  // add their token; Brave, DuckDuckGo and Opera one at the end; in-app views send no Safari/.
  [
    [START],
    ['iPhone; CPU iPhone', 'iPad; CPU'],
    [' OS <ios> like Mac OS X' + WEBKIT],
    ['', 'CriOS/<digits> ', 'FxiOS/<digits> ', 'EdgiOS/<digits> ', 'GSA/<digits> '],
    ['', 'Version/<ios Version> '],
    // Frozen since iOS 11: https://developer.apple.com/forums/thread/88143 — older builds go to the second stage.
    ['Mobile/15E148'],
    ['', ' Safari/604.1', ' Safari/605.1.15', ' Safari/604.1 Brave', ' Safari/604.1 Ddg/<digits>', ' Safari/604.1 OPT/<digits>'],
  ],
];

/** The placeholders as the compact form writes them: one character, and a version group's letter (`a` is the first group). */
export function compactShapes(shapes = READABLE_SHAPES): string[][] {
  return shapes.map((shape) =>
    shape.map((choices) =>
      choices
        .map((choice) =>
          choice.replace(/<([^>]+)>/g, (_, name: string) => {
            if (name === 'digits') return '*';
            if (name === 'model') return '~';
            const group = (GATE_GROUPS as readonly string[]).indexOf(name);
            if (group === -1) throw new Error(`Unknown placeholder \`<${name}>\` in a first-stage shape`);
            return '#' + String.fromCharCode(97 + group);
          }),
        )
        .join('|'),
    ),
  );
}

/**
 * The same shapes as one regular expression: what the matcher must agree with (a test
 * checks), and what the lazy import uses (FIRST_STAGE_PATTERN, first-stage-shapes.ts),
 * where a regular expression is the smaller code and the page has compiled others
 * before. Capture group 1 is the first version group, and so on: the shapes name the
 * version groups in GATE_GROUPS order, once each (checked for the whole table).
 */
export function shapesAsRegExp(shapes = READABLE_SHAPES): RegExp {
  const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  const named: string[] = [];
  const source = shapes
    .map((shape) =>
      shape
        .map((choices) => {
          const alternatives = choices.map((choice) =>
            choice
              .split(/(<[^>]+>)/)
              .map((piece) => {
                if (piece === '<digits>') return '[\\d._]+';
                if (piece === '<model>') return '[\\w .\\-]+';
                if (!/^<.+>$/.test(piece)) return escape(piece);
                named.push(piece.slice(1, -1));
                return '([\\d._]+)';
              })
              .join(''),
          );
          return alternatives.length > 1 ? '(?:' + alternatives.join('|') + ')' : alternatives[0];
        })
        .join(''),
    )
    .join('|');
  if (shapes === READABLE_SHAPES && named.join() !== GATE_GROUPS.join()) throw new Error(`the shapes name the version groups ${named.join(', ')}: not once each in GATE_GROUPS order`);
  return new RegExp('^(?:' + source + ')$');
}
