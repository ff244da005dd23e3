// The playground drives the same script-tag build a site installs (window.OldBrowserNotice).
const SAMPLES = {
  'Internet Explorer 11': 'Mozilla/5.0 (Windows NT 6.1; WOW64; Trident/7.0; rv:11.0) like Gecko',
  'Firefox 115 on Windows 7': 'Mozilla/5.0 (Windows NT 6.1; Win64; x64; rv:115.0) Gecko/20100101 Firefox/115.0',
  'Safari on iOS 15': 'Mozilla/5.0 (iPhone; CPU iPhone OS 15_8 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/15.6.6 Mobile/15E148 Safari/604.1',
  'Samsung Internet 14': 'Mozilla/5.0 (Linux; Android 9; SM-G960F) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/14.2 Chrome/87.0.4280.141 Mobile Safari/537.36',
  'Googlebot': 'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)',
  'This browser': navigator.userAgent,
};

const $ = (id) => document.getElementById(id);
const api = window.OldBrowserNotice;

for (const [name, ua] of Object.entries(SAMPLES)) {
  const button = document.createElement('button');
  button.type = 'button';
  button.textContent = name;
  button.addEventListener('click', () => {
    $('ua').value = ua;
    update();
  });
  $('samples').appendChild(button);
}
$('ua').value = SAMPLES['Internet Explorer 11'];

const policies = new Map();
async function policyFor(query) {
  if (!policies.has(query)) {
    const response = await fetch('/api/policy?browsers=' + encodeURIComponent(query));
    const body = await response.json();
    if (!response.ok) throw new Error(body.error);
    policies.set(query, body);
  }
  return policies.get(query);
}

let latest = 0;
async function update() {
  const run = ++latest;
  $('error').textContent = '';
  try {
    const policy = await policyFor($('browsers').value.trim() || 'defaults');
    if (run !== latest) return;
    const verdict = api.evaluate($('ua').value, { browsers: policy, strict: $('strict').checked });
    $('verdict').textContent = JSON.stringify(verdict, null, 2);
    $('preview').replaceChildren(api.renderNotice(verdict, { lang: $('lang').value, site: 'Exempelby kommun', preview: true }));
  } catch (error) {
    $('error').textContent = error.message;
  }
}

// renderNotice builds the element; styles come from the stylesheet file for this page.
const link = document.createElement('link');
link.rel = 'stylesheet';
link.href = '/old-browser-notice.css';
document.head.appendChild(link);

const languages = await (await fetch('/api/locales')).json();
for (const { tag, name } of languages) $('lang').add(new Option(`${name} (${tag})`, tag));

$('form').addEventListener('input', update);
$('form').addEventListener('submit', (event) => event.preventDefault());
update();
