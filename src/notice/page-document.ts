/**
 * The page's document, read so that its markup cannot stand in for it. A document's named
 * elements shadow its own methods and properties (DOM clobbering): with an
 * `<img name="createElement">` before our script, `document.createElement` is that image,
 * and with `<img name="body">`, `document.body` is too. So methods are taken from the
 * document's prototype chain, and properties read through their getters there: page markup
 * can add named properties to the document itself, never to its prototypes. Engines that
 * keep DOM attributes on each object (WebKit before Safari 10) are read the plain way.
 */

type Method<K extends keyof Document> = Document[K] extends (...args: never[]) => infer R ? R : never;

/**
 * Calls one of the document's own methods (up to two arguments), never a page's element of that name.
 *
 * @example
 * ```ts
 * const section = domCall(document, 'createElement', 'section'); // even with <img name="createElement"> on the page
 * ```
 */
export function domCall<K extends keyof Document>(doc: Document, name: K, a?: unknown, b?: unknown): Method<K> {
  return (Object.getPrototypeOf(doc) as Record<string, (a?: unknown, b?: unknown) => Method<K>>)[name]!.call(doc, a, b);
}

/**
 * Reads one of the document's own properties through its getter, never a page's element of that name.
 *
 * @example
 * ```ts
 * domRead(document, 'body'); // the real <body>, even with <img name="body"> on the page
 * ```
 */
export function domRead<K extends keyof Document>(doc: Document, name: K): Document[K] {
  for (let proto = Object.getPrototypeOf(doc); proto; proto = Object.getPrototypeOf(proto)) {
    const property = Object.getOwnPropertyDescriptor(proto, name);
    if (property && property.get) return property.get.call(doc);
  }
  return doc[name];
}
