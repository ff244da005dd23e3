/** Markup and script payloads for every string a site can configure. Any execution sets `window.__xss`. */
export const XSS_PAYLOADS = [
  '"><img src=x onerror="window.__xss=1">',
  '<script>window.__xss=1</script>',
  "'><svg onload=window.__xss=1>",
  '</section><iframe srcdoc="<script>parent.__xss=1</script>">',
  '{site}<b>{browsers}</b>',
  'javascript:window.__xss=1',
];

/** The only elements a notice is made of. */
export const NOTICE_TAGS = ['SECTION', 'DIV', 'H2', 'H3', 'H4', 'H5', 'H6', 'P', 'A', 'BUTTON'];

/** The only places a download link may point to: the browser makers' own sites. */
export const VENDOR_LINK = /^https:\/\/www\.(?:mozilla\.org|google\.com|microsoft\.com)\/[\w./-]*$/;
