// The floor for reading a log in a Node process: stream the file (gunzip it when its
// name ends in .gz), decode UTF-8, split into lines and count them; nothing else.
// Prints the number of lines. Used by report.bench.js as the baseline.
import { createReadStream } from 'node:fs';
import { StringDecoder } from 'node:string_decoder';
import { createGunzip } from 'node:zlib';

const path = process.argv[2];
let input = createReadStream(path);
if (path.endsWith('.gz')) input = input.pipe(createGunzip());
const decoder = new StringDecoder('utf8');
let rest = '';
let lines = 0;
for await (const chunk of input) {
  const parts = (rest + decoder.write(chunk)).split('\n');
  rest = parts.pop();
  lines += parts.length;
}
if (rest + decoder.end()) lines++;
process.stdout.write(`${lines}\n`);
