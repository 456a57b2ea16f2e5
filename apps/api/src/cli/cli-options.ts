/**
 * The flags of a JSON-or-text command (`pnpm books:check`, `pnpm secrets:rotate`): the ones it knows
 * (`known`; `valued` ones are written `--name=value`) plus --json and --help. --help, or any other argument, prints the usage and ends the process (2 for
 * an unknown argument). With --json, stdout carries one JSON document and `say` stays quiet; without
 * it, `say` writes its lines to stderr.
 */
export function readOptions(usage: string, known: string[] = [], valued: string[] = []) {
  const all = process.argv.slice(2);
  const optionOf = (arg: string) => valued.find((name) => arg.startsWith(`${name}=`));
  const args = new Set(all.filter((arg) => !optionOf(arg)));
  /** Each `--name=value` of a valued option, in order (an option may repeat). */
  const values = (name: string) =>
    all.filter((arg) => optionOf(arg) === name).map((arg) => arg.slice(name.length + 1));
  const unknown = [...args].filter((arg) => ![...known, '--json', '--help'].includes(arg));
  if (args.has('--help') || unknown.length > 0) {
    if (unknown.length > 0) console.error(`unknown option: ${unknown.join(' ')}`);
    console.error(`usage: ${usage}`);
    process.exit(unknown.length > 0 ? 2 : 0);
  }
  const json = args.has('--json');
  const say = (line: string) => {
    if (!json) console.error(line);
  };
  return { args, values, json, say };
}
