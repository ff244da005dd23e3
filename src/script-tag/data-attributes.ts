import type { ShowOptions } from '../notice/options';
import { hasOwn } from '../has-own';

type Reader = (value: string, options: ShowOptions) => string | null;

function wholeNumber(value: string, min: number, max: number): number | null {
  if (!/^\d{1,4}$/.test(value)) return null;
  const n = parseInt(value, 10);
  return n >= min && n <= max ? n : null;
}

/**
 * The script tag's data attributes, one entry each: how to read the value into
 * `showNotice` options. A reader returns null when the value is fine, or the fix
 * to print on the console (the attribute is then ignored).
 */
export const DATA_ATTRIBUTES: Readonly<Record<string, Reader>> = {
  'data-browsers': (value, options) => {
    options.browsers = value;
    return null;
  },
  'data-lang': (value, options) => {
    if (!/^[A-Za-z]{2,8}(?:[-_][A-Za-z0-9]{1,8}){0,4}$/.test(value)) return 'use a language tag such as `sv` or `en-GB`';
    options.lang = value;
    return null;
  },
  'data-site': (value, options) => {
    options.site = value;
    return null;
  },
  'data-remember-days': (value, options) => {
    const days = wholeNumber(value, 1, 365);
    if (days === null) return 'use a whole number of days from 1 to 365; until then the dismissal lasts for the session';
    options.remember = { days };
    return null;
  },
  'data-container': (value, options) => {
    options.container = value;
    return null;
  },
  'data-nonce': (value, options) => {
    options.nonce = value;
    return null;
  },
  'data-preview': (value, options) => {
    if (value === 'off') {
      // Production: not even `?old-browser-notice=preview` in the address shows it.
      options.preview = false;
      options.previewByAddress = false;
      return null;
    }
    if (value !== '' && value !== 'true' && value !== 'false') return 'use `data-preview` to preview, or `data-preview="off"` in production';
    options.preview = value !== 'false';
    return null;
  },
  'data-strict': (value, options) => {
    if (value !== '' && value !== 'true' && value !== 'false') return 'use `data-strict="true"` or leave it out';
    options.strict = value !== 'false';
    return null;
  },
  'data-insecure': (value, options) => {
    if (value !== '' && value !== 'true' && value !== 'false') return 'use `data-insecure` to notify browsers without security fixes on their system, or `data-insecure="false"`';
    options.insecure = value !== 'false';
    return null;
  },
  'data-styles': (value, options) => {
    if (value !== 'auto' && value !== 'external') return 'use `auto` or `external` (when the page links old-browser-notice.css)';
    options.styles = value;
    return null;
  },
  'data-heading-level': (value, options) => {
    const level = wholeNumber(value, 2, 6);
    if (level === null) return 'use a heading level from 2 to 6';
    options.headingLevel = level as 2 | 3 | 4 | 5 | 6;
    return null;
  },
  'data-class': (value, options) => {
    if (!/^-?[A-Za-z_][\w-]{0,63}(?:\s+-?[A-Za-z_][\w-]{0,63}){0,7}$/.test(value)) return 'use one or more CSS class names';
    options.className = value;
    return null;
  },
};

/** Reads every known data attribute of the script element; `warn` receives one message per bad value. */
export function readDataAttributes(script: Element | null, warn: (message: string) => void): ShowOptions {
  const options: ShowOptions = {};
  if (!script) return options;
  for (const name in DATA_ATTRIBUTES) {
    if (!hasOwn(DATA_ATTRIBUTES, name) || !script.hasAttribute(name)) continue;
    const value = script.getAttribute(name) || '';
    const fix = DATA_ATTRIBUTES[name]!(value, options);
    if (fix) warn(`${name}="${value}" is not valid: ${fix}.`);
  }
  return options;
}
