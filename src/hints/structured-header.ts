/**
 * Just enough of RFC 8941 (Structured Field Values for HTTP) to read the client
 * hint headers: lists of strings with parameters (`"Chromium";v="124"`), a single
 * string (`"Windows"`) and a boolean (`?1`). Anything malformed gives null — the
 * hint is then ignored, never guessed at. Inputs are capped before parsing.
 */

const MAX_HEADER = 1024;

/** A list member: its value, and its parameters (`v="124"` → { v: '124' }). */
export interface SfItem {
  value: string | boolean | number;
  params: Record<string, string | boolean | number>;
}

class Reader {
  at = 0;
  constructor(readonly text: string) {}
  peek(): string {
    return this.text.charAt(this.at);
  }
  skip(pattern: RegExp): void {
    while (this.at < this.text.length && pattern.test(this.peek())) this.at++;
  }
  done(): boolean {
    return this.at >= this.text.length;
  }
}

function bareItem(r: Reader): string | boolean | number | null {
  const c = r.peek();
  if (c === '"') {
    let out = '';
    r.at++;
    while (!r.done()) {
      const ch = r.peek();
      r.at++;
      if (ch === '\\') {
        const next = r.peek();
        if (next !== '"' && next !== '\\') return null;
        out += next;
        r.at++;
      } else if (ch === '"') {
        return out;
      } else if (ch < ' ' || ch > '~') {
        return null;
      } else {
        out += ch;
      }
    }
    return null; // unterminated
  }
  if (c === '?') {
    const value = r.text.charAt(r.at + 1);
    if (value !== '0' && value !== '1') return null;
    r.at += 2;
    return value === '1';
  }
  if (/[-0-9]/.test(c)) {
    const match = /^-?\d{1,15}(?:\.\d{1,3})?/.exec(r.text.slice(r.at));
    if (!match) return null;
    r.at += match[0].length;
    return Number(match[0]);
  }
  if (/[A-Za-z*]/.test(c)) {
    const match = /^[A-Za-z*][\w!#$%&'*+.^`|~:/-]*/.exec(r.text.slice(r.at));
    r.at += match![0].length;
    return match![0];
  }
  return null;
}

function item(r: Reader): SfItem | null {
  const value = bareItem(r);
  if (value === null) return null;
  const params: SfItem['params'] = {};
  while (r.peek() === ';') {
    r.at++;
    r.skip(/ /);
    const key = /^[a-z*][a-z0-9_.*-]*/.exec(r.text.slice(r.at));
    if (!key) return null;
    r.at += key[0].length;
    let paramValue: string | boolean | number = true;
    if (r.peek() === '=') {
      r.at++;
      const parsed = bareItem(r);
      if (parsed === null) return null;
      paramValue = parsed;
    }
    params[key[0]] = paramValue;
  }
  return { value, params };
}

/** A structured-header list, or null when the header is absent or malformed. */
export function parseList(header: string | null | undefined): SfItem[] | null {
  if (header == null) return null;
  const r = new Reader(String(header).slice(0, MAX_HEADER));
  r.skip(/[ \t]/);
  const members: SfItem[] = [];
  while (!r.done()) {
    const member = item(r);
    if (!member) return null;
    members.push(member);
    r.skip(/[ \t]/);
    if (r.done()) break;
    if (r.peek() !== ',') return null;
    r.at++;
    r.skip(/[ \t]/);
    if (r.done()) return null; // trailing comma
  }
  return members;
}

/** A structured-header single item (after parameters are dropped), or null. */
export function parseItem(header: string | null | undefined): string | boolean | number | null {
  const list = parseList(header);
  return list && list.length === 1 ? list[0]!.value : null;
}
