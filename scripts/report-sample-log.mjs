// A municipal site's 60 days of access log, the same on every run (fixed seed), for the
// report's screenshots and its browser test: Wednesday 24 September to Saturday
// 22 November 2025, so that the first and the last week (and both months) are partial.
// User agents by the weights of the user-agents dataset (bench/dataset.js), with about
// 5 % bots and old browsers (IE 11, Chrome 100, Safari 12) that fade from about 5 % to 1 %.
import { loadDataset, weightedSampler } from '../bench/dataset.js';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const OLD = [
  'Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; rv:11.0) like Gecko',
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/100.0.4896.75 Safari/537.36',
  'Mozilla/5.0 (iPhone; CPU iPhone OS 12_5_7 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/12.1.2 Mobile/15E148 Safari/604.1',
];
const BOTS = ['Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)', 'Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)'];
export const FIRST_DAY = '2025-09-24';
export const DAYS = 60;

/** The log's lines, `perDay` requests a day (a day varies by up to a third around it). */
export function sampleLog(perDay = 300) {
  const sampler = weightedSampler(loadDataset(), 7);
  const random = sampler.random;
  const pick = (list) => list[Math.floor(random() * list.length)];
  const lines = [];
  const start = Date.parse(`${FIRST_DAY}T00:00:00Z`);
  for (let day = 0; day < DAYS; day++) {
    const date = new Date(start + day * 86_400_000);
    const stamp = `${String(date.getUTCDate()).padStart(2, '0')}/${MONTHS[date.getUTCMonth()]}/${date.getUTCFullYear()}`;
    const oldShare = 0.05 - (0.04 * day) / DAYS;
    const requests = Math.round(perDay * (0.67 + random() * 0.66));
    for (let i = 0; i < requests; i++) {
      const draw = random();
      const ua = draw < 0.05 ? pick(BOTS) : draw < 0.05 + oldShare ? pick(OLD) : sampler.next();
      const time = `${String(Math.floor((i / requests) * 24)).padStart(2, '0')}:${String(i % 60).padStart(2, '0')}:00`;
      lines.push(`198.51.100.${1 + (i % 250)} - - [${stamp}:${time} +0100] "GET /sida/${i % 40} HTTP/1.1" 200 4096 "-" "${ua.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`);
    }
  }
  return lines.join('\n') + '\n';
}
