/** RFC 4180 records: the fields of one CSV or TSV record, as counted exports are read. */

/**
 * One record of RFC 4180 CSV (or TSV) → its fields, or null when a quoted field is still
 * open at the end (the record goes on on the next line).
 */
export function splitRecord(record: string, delimiter: string): string[] | null {
  const fields: string[] = [];
  let at = 0;
  for (;;) {
    if (record.charCodeAt(at) === 0x22 /* " */) {
      let value = '';
      let from = at + 1;
      for (;;) {
        const quote = record.indexOf('"', from);
        if (quote === -1) return null;
        value += record.slice(from, quote);
        if (record.charCodeAt(quote + 1) === 0x22) {
          value += '"';
          from = quote + 2;
          continue;
        }
        at = quote + 1;
        break;
      }
      // Anything between the closing quote and the delimiter is kept, as most readers do.
      const next = record.indexOf(delimiter, at);
      fields.push(next === -1 ? value + record.slice(at) : value + record.slice(at, next));
      if (next === -1) return fields;
      at = next + 1;
    } else {
      const next = record.indexOf(delimiter, at);
      if (next === -1) {
        fields.push(record.slice(at));
        return fields;
      }
      fields.push(record.slice(at, next));
      at = next + 1;
    }
  }
}

/** How many `"` a line holds: a record whose count is odd goes on on the next line. */
export function quotes(line: string): number {
  let count = 0;
  for (let at = line.indexOf('"'); at !== -1; at = line.indexOf('"', at + 1)) count++;
  return count;
}

