import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		// The real catalogue is read and validated once per run and shared with every test file.
		globalSetup: ['tests/helpers/global-setup.ts'],
		projects: [
			{ test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
			{
				test: {
					name: 'build',
					include: ['tests/build/**/*.test.ts'],
					// Build checks read thousands of files; on 2 cores with a build running beside them even a
					// quick one can take far longer than vitest's 5 s default. Slow steps set their own, longer limits.
					testTimeout: 120_000,
					hookTimeout: 120_000,
				},
			},
			{
				test: {
					name: 'browser',
					include: ['tests/browser/**/*.test.ts'],
					// An axe scan or a Pagefind query can take tens of seconds on 2 cores with a build running beside
					// the tests; conditions are polled, so a generous limit only matters when something is wrong.
					// axe over /codes/rarc/ (1,216 codes) took more than 180 s with load average 32.
					testTimeout: 600_000,
					hookTimeout: 120_000,
					// expect.poll waits for a condition; vitest's default of 1 s is a fixed deadline in disguise, which a
					// busy machine misses (the 404 resolver's code-map fetch, the decoder's first render).
					expect: { poll: { timeout: 30_000, interval: 50 } },
					// One Chromium at a time on a 2-core machine.
					fileParallelism: false,
				},
			},
		],
	},
});
