/**
 * The notice's only styles, scoped under `.obn`. Colours: text #1a1a1a on
 * #fff4d6 is 15.9:1, links #0b4a8f on #fff4d6 are 8.3:1, the button's white on
 * #1a1a1a is 17.4:1, the focus ring #0b4a8f is 8.3:1 against the notice and
 * 8.9:1 against white. Borders are real colours or `transparent` so that forced-colours
 * mode redraws them. No fixed heights (text spacing, 400 % zoom), no positioning
 * (it sits in the page flow), hidden in print.
 */
export const NOTICE_CSS = [
  '.obn{display:block;box-sizing:border-box;margin:0;padding:1rem;border:0 solid #b07d00;border-bottom-width:4px;',
  'background:#fff4d6;color:#1a1a1a;font:inherit;font-size:1rem;line-height:1.5;text-align:start;',
  'overflow-wrap:break-word;word-wrap:break-word}',
  '.obn[hidden],.obn [hidden]{display:none!important}',
  '.obn__inner{max-width:60rem;margin:0 auto}',
  '.obn__heading{margin:0 0 .5rem;padding:0;font-size:1.25rem;line-height:1.3;font-weight:700;color:inherit}',
  '.obn__text{margin:0 0 .75rem;padding:0;max-width:none}',
  '.obn__preview{margin:0 0 .75rem;padding:.5rem;border:1px dashed #1a1a1a;font-size:.875rem}',
  '.obn a{color:#0b4a8f;text-decoration:underline;font-weight:700}',
  '.obn a:hover{text-decoration-thickness:3px}',
  '.obn a:focus,.obn__dismiss:focus{outline:3px solid #0b4a8f;outline-offset:2px}',
  '.obn__dismiss{display:inline-block;box-sizing:border-box;min-width:44px;min-height:44px;margin:0;',
  'padding:.5rem 1.25rem;border:2px solid transparent;border-radius:4px;background:#1a1a1a;color:#fff;',
  'font:inherit;font-weight:700;line-height:1.5;cursor:pointer;transition:background-color .15s}',
  '.obn__dismiss:hover{background:#3d3d3d}',
  '@media (prefers-reduced-motion:reduce){.obn__dismiss{transition:none}}',
  '@media (forced-colors:active){.obn{border-width:2px}.obn__dismiss{border-color:ButtonText}}',
  '@media print{.obn{display:none!important}}',
].join('');
