/**
 * Built-ins an ES5 browser such as IE 9–11 lacks (IE 11 has a partial Map/Set, so those
 * go too): the tests delete them from a jsdom window to stand in for such a browser.
 */
export const NEWER_THAN_ES5 = [
  'Promise', 'Map', 'Set', 'WeakMap', 'WeakSet', 'Symbol', 'Reflect', 'Proxy', 'fetch', 'Intl',
  'Object.assign', 'Object.setPrototypeOf', 'Object.entries', 'Object.values', 'Array.from', 'Array.of',
  'Array.prototype.includes', 'Array.prototype.find', 'Array.prototype.findIndex', 'Array.prototype.fill',
  'String.prototype.includes', 'String.prototype.startsWith', 'String.prototype.endsWith', 'String.prototype.repeat',
  'String.prototype.padStart', 'String.prototype.trimStart', 'String.prototype.trimEnd', 'Number.isNaN', 'Number.isInteger', 'CSSStyleSheet', 'CustomEvent',
];

/** A script that deletes `paths` from `window`. */
export const deleteScript = (paths: readonly string[]) => paths.map((path) => `delete window.${path};`).join('\n');
