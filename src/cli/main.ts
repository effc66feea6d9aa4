import { check } from './check';
import { UsageError, type Io } from './io';
import { packTest, packValidate } from './pack-commands';
import { packKeygen, packSign, packVerify } from './sign-commands';

export const HELP = `tactful — checks customer-support replies for escalating phrases

Usage:
  tactful check [options] [FILE…|-]   check texts; "-" or no FILE reads standard input
  tactful pack validate FILE…          check packs against the format and the safety limits
  tactful pack test FILE…              run every rule's examples (flag / ok)
  tactful pack keygen KEY.pem          make a team signing key: writes the private key to KEY.pem
                                       (never overwrites) and prints the public key for agents
  tactful pack sign --key KEY.pem FILE…
                                       sign packs in place with the private key; a subscription
                                       that names the public key refuses unsigned or altered packs
  tactful pack verify --public-key KEY FILE…
                                       check that packs carry a valid signature by KEY (base64)
  tactful --help | --version

check options:
  --lang auto|en|ru|cs|zh|lv   language of the texts (default auto: detected per sentence)
  --pack FILE                  load a pack after the bundled ones (repeatable); a rule with the
                               same id replaces the bundled rule
  --no-bundled                 load only the packs given with --pack
  --format text|json           text (default) or one JSON array with an object per text
  --summary                    instead of every finding: per rule, how many texts it flags (with
                               example ids); per text, the rules and phrases flagged, worst first;
                               totals. For a macro library export (.csv or .jsonl)
  --column NAME                the column with the text, for .csv files (required for them)
  --id-column NAME             the column with a record id, for .csv files (default: row number)
  --color / --no-color         colour the text output (default: when printing to a terminal)

Inputs: a plain file is one text; a .jsonl file holds one {"id": …, "text": …} record per line;
a .csv file holds one record per row (see --column).

Exit status: 0 nothing flagged (or packs valid, examples pass, packs signed), 1 something flagged
(or an example fails, a signature is missing or does not verify), 2 a usage error, an unreadable
input or an invalid pack.

Examples:
  npx tactful check samples/angry-reply.txt
  echo "Please calm down, that's our policy." | npx tactful check --format json -
  npx tactful check --column body macros.csv
  npx tactful check --summary --pack team.json --column body --id-column id macros.csv
  npx tactful pack validate my-pack.json && npx tactful pack test my-pack.json
  npx tactful pack keygen team-key.pem && npx tactful pack sign --key team-key.pem my-pack.json`;

/** Runs the command line; returns the exit status. */
export function run(argv: string[], io: Io, version: string): number {
  try {
    const [command, ...rest] = argv;
    if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
      io.out(HELP);
      return command === undefined ? 2 : 0;
    }
    if (command === '--version' || command === '-v') {
      io.out(version);
      return 0;
    }
    if (rest.includes('--help') || rest.includes('-h')) {
      io.out(HELP);
      return 0;
    }
    if (command === 'check') return check(rest, io);
    if (command === 'pack') {
      const [sub, ...args] = rest;
      if (sub === 'validate') return packValidate(args, io);
      if (sub === 'test') return packTest(args, io);
      if (sub === 'sign') return packSign(args, io);
      if (sub === 'keygen') return packKeygen(args, io);
      if (sub === 'verify') return packVerify(args, io);
      const subs = '"validate", "test", "keygen", "sign" or "verify"';
      throw new UsageError(sub === undefined ? `tactful pack needs ${subs}` : `unknown pack command "${sub}"; use ${subs}`);
    }
    throw new UsageError(`unknown command "${command}"`);
  } catch (e) {
    if (e instanceof UsageError || (e instanceof TypeError && 'code' in e && String(e.code).startsWith('ERR_PARSE_ARGS'))) {
      io.err(`tactful: ${e.message}\nRun "tactful --help" for usage.`);
      return 2;
    }
    throw e;
  }
}
