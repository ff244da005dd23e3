import { compilePolicy } from '../node';
import { findProjectQuery } from '../policy/project-config';
import { BROWSERS_OPTION, noArguments, type Command } from './command';

export const policy: Command = {
  options: { ...BROWSERS_OPTION },
  help: `policy [--browsers <query>]
      Print the compiled policy as JSON, for the \`browsers\` option, and say on
      standard error where the query came from (--browsers, BROWSERSLIST, a
      config file, or \`defaults\`): the same policy the server helpers use.`,
  run(values, positionals) {
    noArguments('policy', positionals);
    const browsers = values.browsers as string | undefined;
    const compiled = compilePolicy(browsers);
    // Standard error, so that standard output stays the JSON to save or pipe.
    const from = browsers === undefined ? findProjectQuery(process.cwd()).from : 'the --browsers option';
    process.stderr.write(`Policy \`${compiled.query}\` from ${from}.\n`);
    process.stdout.write(JSON.stringify(compiled, null, 2) + '\n');
  },
};
