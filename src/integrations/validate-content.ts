/**
 * Runs the catalogue validator before Astro builds, so a broken entry fails
 * `astro build` with every problem listed by file and field. In `astro dev`
 * the problems are logged and the server keeps running.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { readEntryFiles } from '../lib/validation/content-files.ts';
import { formatProblem } from '../lib/validation/problem.ts';
import { validateEntries } from '../lib/validation/validate.ts';

export function validateContent(): AstroIntegration {
	return {
		name: 'denial-atlas:validate-content',
		hooks: {
			'astro:config:setup': ({ config, command, logger }) => {
				const root = fileURLToPath(config.root);
				const files = readEntryFiles(root);
				const yamlProblems = files
					.filter((f) => f.yamlError)
					.map((f) => ({ file: f.file, field: '', message: f.yamlError! }));
				const { problems } = validateEntries(files.filter((f) => !f.yamlError));
				const all = [...yamlProblems, ...problems];
				if (all.length === 0) return;
				const report = `${all.length} problem(s) in the code entries:\n${all.map((p) => `  ${formatProblem(p)}`).join('\n')}`;
				if (command === 'build') {
					// A content error is the author's to fix, not a crash: print the list alone, without a stack trace, and stop.
					logger.error(`${report}\n\nFix them (npm run validate lists the same), then build again.`);
					process.exit(1);
				}
				logger.warn(report);
			},
		},
	};
}
