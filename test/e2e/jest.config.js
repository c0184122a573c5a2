/**
 * End-to-end suite: the packed tarball installed into a real n8n (line
 * N8N_LINE: 2 = n8n 2.41.1 on Node 24, 1 = n8n 1.123.81 on Node 22), run
 * against the local Juspay sandbox. `npm run test:e2e`; `npm test` runs it for
 * both lines.
 */
/** @type {import('jest').Config} */
module.exports = {
	rootDir: '../..',
	testEnvironment: 'node',
	roots: ['<rootDir>/test/e2e'],
	testMatch: ['**/*.e2e.test.ts'],
	transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json' }] },
	testTimeout: 180_000,
	// n8n takes ~10 s per CLI call; the runtime install can take ~10 min once.
	slowTestThreshold: 60,
};
