/**
 * The ESLint config n8n's community-package scanner lints packages with:
 * `buildScanConfig()` in `scanner/scanner.mjs` of
 * `@n8n/scan-community-package@0.32.0` (the newest version on the registry we
 * use), rebuilt here rule set for rule set. scripts/scan-tarball.mjs lints
 * the source (nodes/, credentials/, package.json) and the packed tarball with
 * it, as n8n does before it verifies a package.
 *
 * It is not our lint config: `npm run lint` is `n8n-node lint` (@n8n/node-cli,
 * strict mode, the template eslint.config.mjs), which applies the same n8n
 * rules plus generic JavaScript/TypeScript ones. The scanner differs in three
 * ways that matter, which is why both run:
 *   - it runs ESLint with `allowInlineConfig: false`, so no
 *     `// eslint-disable` comment can pass a file here;
 *   - it lints the built JavaScript in the tarball, not only the sources;
 *   - it adds `no-console` to every file it lints.
 *
 * What is applied (the scanner's own choices):
 *   - `@n8n/eslint-plugin-community-nodes` `recommended` (the "n8n Cloud"
 *     flavour, with `no-restricted-imports` and `no-restricted-globals`);
 *   - `eslint-plugin-n8n-nodes-base`: `community` on package.json,
 *     `credentials` on credentials/**, `nodes` on nodes/**, each with the five
 *     rules the scanner and node-cli both switch off, for n8n's reasons:
 *     a full documentation URL is required of community credentials (the old
 *     rule wants a camelCase slug); `credential-password-field` is the more
 *     accurate password check; inputs and outputs are
 *     `[NodeConnectionTypes.Main]`, not the string "main"; and a third-party
 *     API's own maximum makes `maxValue` valid.
 * The scanner pins the community-nodes plugin at 0.29.0; we use 0.32.0 (the
 * one @n8n/node-cli 0.48.3 pins), a superset: the same rules plus
 * `no-unsafe-connection-type-cast`.
 */
import { defineConfig } from 'eslint/config';
import { n8nCommunityNodesPlugin } from '@n8n/eslint-plugin-community-nodes';
import tsParser from '@typescript-eslint/parser';
import n8nNodesBase from 'eslint-plugin-n8n-nodes-base';

export function buildScanConfig() {
	return defineConfig(
		n8nCommunityNodesPlugin.configs.recommended,
		{ rules: { 'no-console': 'error' } },
		{ plugins: { 'n8n-nodes-base': n8nNodesBase } },
		{
			files: ['package.json'],
			rules: { ...n8nNodesBase.configs.community.rules },
		},
		{
			files: ['**/credentials/**/*.ts'],
			rules: {
				...n8nNodesBase.configs.credentials.rules,
				'n8n-nodes-base/cred-class-field-documentation-url-miscased': 'off',
				'n8n-nodes-base/cred-class-field-type-options-password-missing': 'off',
			},
		},
		{
			files: ['**/nodes/**/*.ts'],
			rules: {
				...n8nNodesBase.configs.nodes.rules,
				'n8n-nodes-base/node-class-description-inputs-wrong-regular-node': 'off',
				'n8n-nodes-base/node-class-description-outputs-wrong': 'off',
				'n8n-nodes-base/node-param-type-options-max-value-present': 'off',
			},
		},
		// package.json (and nodes/**/*.json codex files) are parsed by the TS
		// parser as a top-level object literal, as the scanner does.
		{ files: ['**/*.json'], languageOptions: { parser: tsParser } },
		{ files: ['**/*.ts'], languageOptions: { parser: tsParser } },
	);
}
