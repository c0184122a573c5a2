/**
 * ESLint flat config for n8n-nodes-juspay.
 *
 * It reproduces, rule for rule, the config n8n's community-package scanner
 * lints packages with: `buildScanConfig()` in `scanner/scanner.mjs` of
 * `@n8n/scan-community-package@0.32.0` (the only version on the registry we
 * use). That function, in turn, says it keeps its off-overrides identical to
 * `n8n-node lint`, i.e. `dist/configs/eslint.js` of `@n8n/node-cli@0.48.3`;
 * both files were read and their overrides are the same.
 *
 * What is applied:
 *   - `@n8n/eslint-plugin-community-nodes` `recommended` (all files), the
 *     "n8n Cloud" flavour, which includes `no-restricted-imports` and
 *     `no-restricted-globals`;
 *   - `no-console: 'error'` (the scanner adds it);
 *   - `eslint-plugin-n8n-nodes-base` rule sets: `community` on package.json,
 *     `credentials` on credentials/**, `nodes` on nodes/**.
 *
 * Rules switched OFF -- exactly the five the scanner (and node-cli) switch
 * off, no more. We mirror them because the scanner is the gate n8n applies
 * before a package is verified: anything it does not enforce, it does not
 * enforce because n8n decided the old eslint-plugin-n8n-nodes-base rule is
 * wrong for community packages. The reasons are n8n's own comments:
 *   credentials/**:
 *     n8n-nodes-base/cred-class-field-documentation-url-miscased
 *       "Not valid for community nodes" (it wants a camelCase docs slug;
 *       community packages must use a full URL -- enforced instead by
 *       @n8n/community-nodes/credential-documentation-url).
 *     n8n-nodes-base/cred-class-field-type-options-password-missing
 *       "@n8n/eslint-plugin-community-nodes credential-password-field rule is
 *       more accurate".
 *   nodes/**:
 *     n8n-nodes-base/node-class-description-inputs-wrong-regular-node
 *     n8n-nodes-base/node-class-description-outputs-wrong
 *       "Inputs and outputs can be enum instead of string "main"" (and
 *       @n8n/community-nodes/node-connection-type-literal in fact REQUIRES
 *       `[NodeConnectionTypes.Main]`, which these two old rules reject).
 *     n8n-nodes-base/node-param-type-options-max-value-present
 *       "Sometimes the 3rd party API does have a maximum limit, so maxValue is
 *       valid".
 *
 * Differences from the scanner, none of which relaxes anything:
 *   - `linterOptions.noInlineConfig`: the scanner runs ESLint with
 *     `allowInlineConfig: false`, so `// eslint-disable...` comments have no
 *     effect there. We do the same so a disable comment can never make
 *     `npm run lint` pass where the scanner would fail (ESLint prints a
 *     warning for every such comment).
 *   - plugin version: the scanner pins @n8n/eslint-plugin-community-nodes
 *     0.29.0; we use 0.32.0 (what @n8n/node-cli 0.48.3 uses). 0.32.0 is a
 *     superset: same rules plus `no-unsafe-connection-type-cast`.
 *   - we do not add @eslint/js / typescript-eslint / import-x recommended
 *     (node-cli adds them for dev-time hygiene; the scanner does not apply
 *     them and they are not installed here).
 *
 * scripts/scan-tarball.mjs imports `buildScanConfig` from this file to lint
 * the packed tarball's dist/**\/*.js and package.json the way the scanner's
 * tarball leg does.
 */
import { defineConfig, globalIgnores } from 'eslint/config';
import { n8nCommunityNodesPlugin } from '@n8n/eslint-plugin-community-nodes';
import tsParser from '@typescript-eslint/parser';
import n8nNodesBase from 'eslint-plugin-n8n-nodes-base';

/** The scanner's config, built the same way as scanner.mjs#buildScanConfig. */
export function buildScanConfig() {
	return defineConfig(
		n8nCommunityNodesPlugin.configs.recommended,
		{
			rules: { 'no-console': 'error' },
		},
		{ plugins: { 'n8n-nodes-base': n8nNodesBase } },
		{
			files: ['package.json'],
			rules: { ...n8nNodesBase.configs.community.rules },
		},
		{
			files: ['**/credentials/**/*.ts'],
			rules: {
				...n8nNodesBase.configs.credentials.rules,
				// Not valid for community nodes (scanner + node-cli)
				'n8n-nodes-base/cred-class-field-documentation-url-miscased': 'off',
				// community-nodes/credential-password-field is more accurate (scanner + node-cli)
				'n8n-nodes-base/cred-class-field-type-options-password-missing': 'off',
			},
		},
		{
			files: ['**/nodes/**/*.ts'],
			rules: {
				...n8nNodesBase.configs.nodes.rules,
				// Inputs and outputs can be enum instead of string "main" (scanner + node-cli)
				'n8n-nodes-base/node-class-description-inputs-wrong-regular-node': 'off',
				'n8n-nodes-base/node-class-description-outputs-wrong': 'off',
				// A 3rd-party API maximum makes maxValue valid (scanner + node-cli)
				'n8n-nodes-base/node-param-type-options-max-value-present': 'off',
			},
		},
		// package.json (and nodes/**/*.json codex files) are parsed by the TS
		// parser as a top-level object literal, as the scanner does.
		{
			files: ['**/*.json'],
			languageOptions: { parser: tsParser },
		},
		{
			files: ['**/*.ts'],
			languageOptions: { parser: tsParser },
		},
	);
}

export default defineConfig(
	globalIgnores(['dist/', 'node_modules/', 'coverage/', '.cache/', '**/package-lock.json']),
	buildScanConfig(),
	{
		// Scanner: new ESLint({ allowInlineConfig: false, ... })
		linterOptions: { noInlineConfig: true },
	},
);
