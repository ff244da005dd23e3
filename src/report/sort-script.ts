import { createHash } from 'node:crypto';

/**
 * The report page's one script, inline: it turns the column heads of each
 * `table[data-sortable]` into buttons that sort its rows, and says the order in
 * `aria-sort`. It is an enhancement only: the tables come complete and in order of
 * requests from the server, and read the same where the script is blocked or off. No
 * event handler attributes; the page's Content-Security-Policy allows this script by its
 * hash ({@link SORT_SCRIPT_HASH}) and nothing else. A cell's `data-sort` holds the number
 * it is sorted by; other cells sort by their text, numbers inside it in number order.
 */
export const SORT_SCRIPT = `(function () {
  var tables = document.querySelectorAll('table[data-sortable]');
  for (var t = 0; t < tables.length; t++) enhance(tables[t]);
  function enhance(table) {
    var heads = table.tHead.rows[0].cells;
    for (var i = 0; i < heads.length; i++) {
      var button = document.createElement('button');
      button.type = 'button';
      while (heads[i].firstChild) button.appendChild(heads[i].firstChild);
      heads[i].appendChild(button);
      button.addEventListener('click', sortBy.bind(null, table, i));
    }
  }
  function key(row, column) {
    var cell = row.cells[column];
    var number = cell.getAttribute('data-sort');
    return number === null ? cell.textContent : Number(number);
  }
  function sortBy(table, column) {
    var heads = table.tHead.rows[0].cells;
    var body = table.tBodies[0];
    var rows = Array.prototype.slice.call(body.rows);
    if (!rows.length) return;
    var numeric = typeof key(rows[0], column) === 'number';
    var was = heads[column].getAttribute('aria-sort');
    var descending = was ? was === 'ascending' : numeric;
    var collator = new Intl.Collator(document.documentElement.lang, { numeric: true });
    rows.sort(function (a, b) {
      var x = key(a, column), y = key(b, column);
      var order = numeric ? x - y : collator.compare(x, y);
      return descending ? -order : order;
    });
    for (var i = 0; i < rows.length; i++) body.appendChild(rows[i]);
    for (var j = 0; j < heads.length; j++) heads[j].removeAttribute('aria-sort');
    heads[column].setAttribute('aria-sort', descending ? 'descending' : 'ascending');
  }
})();`;

/** The `script-src` source of {@link SORT_SCRIPT} for the page's Content-Security-Policy. */
export const SORT_SCRIPT_HASH = `'sha256-${createHash('sha256').update(SORT_SCRIPT).digest('base64')}'`;
