import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		// The real catalogue is read and validated once per run and shared with every test file.
		globalSetup: ['tests/helpers/global-setup.ts'],
		projects: [
			{ test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
			{ test: { name: 'build', include: ['tests/build/**/*.test.ts'] } },
			{
				test: {
					name: 'browser',
					include: ['tests/browser/**/*.test.ts'],
					testTimeout: 60_000,
					hookTimeout: 60_000,
					// One Chromium at a time on a 2-core machine.
					fileParallelism: false,
				},
			},
		],
	},
});
