/**
 * One way for every script to read its arguments: node:util parseArgs in
 * strict mode, `--help` (or `-h`) printing the usage and exiting 0, and an
 * unknown flag or a bad value exiting 2 with a message that names it, then
 * the usage.
 *
 *   const { values, positionals } = cli({ usage: 'npm run validate -- [FILE…]', options: { … } });
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';

type Options = NonNullable<ParseArgsConfig['options']>;

export interface CliSpec<O extends Options> {
	/** The usage text: the first line is the command, the rest describe the options. */
	usage: string;
	options?: O;
	/** Whether the command takes positional arguments (files, a set and a code). */
	allowPositionals?: boolean;
	/** The arguments to read; process.argv.slice(2) by default. */
	args?: string[];
}

/** What `cli` throws instead of exiting, so tests can see the outcome. */
export class CliExit extends Error {
	readonly code: number;
	readonly output: string;
	constructor(code: number, output: string) {
		super(output);
		this.code = code;
		this.output = output;
	}
}

/** Parse the arguments, or throw CliExit (0 for --help, 2 for a usage error). */
export function parseCli<O extends Options>(spec: CliSpec<O>) {
	const args = spec.args ?? process.argv.slice(2);
	if (args.includes('--help') || args.includes('-h')) throw new CliExit(0, spec.usage.trimEnd());
	try {
		return parseArgs({
			args,
			options: spec.options ?? ({} as O),
			allowPositionals: spec.allowPositionals ?? false,
			strict: true,
		});
	} catch (error) {
		// parseArgs' messages name the flag ("Unknown option '--fast'"); drop its own advice about "--" and add ours.
		const message = (error as Error).message.replace(/\. To specify a positional argument.*$/s, '').replace(/\.$/, '');
		throw new CliExit(2, `${message}.\n\n${spec.usage.trimEnd()}`);
	}
}

/** Parse the arguments; print the usage and exit for --help or a usage error. */
export function cli<O extends Options>(spec: CliSpec<O>) {
	try {
		return parseCli(spec);
	} catch (error) {
		if (!(error instanceof CliExit)) throw error;
		if (error.code === 0) console.log(error.output);
		else console.error(`error: ${error.output}`);
		process.exit(error.code);
	}
}
