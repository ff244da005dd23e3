import { compilePolicy } from '../node';
import { BROWSERS_OPTION, noArguments, type Command } from './command';

export const policy: Command = {
  options: { ...BROWSERS_OPTION },
  help: `policy [--browsers <query>]
      Print the compiled policy as JSON, for the \`browsers\` option.`,
  run(values, positionals) {
    noArguments('policy', positionals);
    process.stdout.write(JSON.stringify(compilePolicy(values.browsers as string | undefined), null, 2) + '\n');
  },
};
