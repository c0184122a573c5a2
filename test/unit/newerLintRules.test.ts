/* eslint-disable @n8n/community-nodes/no-restricted-globals, @n8n/community-nodes/no-restricted-imports -- test and dev code: runs in Node, never inside n8n, and is not published */
/**
 * Rules that n8n's repository documents (packages/@n8n/eslint-plugin-community-nodes,
 * docs/rules) but that the newest plugin on the registry we install (0.32.0,
 * the one @n8n/node-cli 0.48.3 pins) does not have yet, so `n8n-node lint`
 * cannot apply them. Each is checked here as its doc describes it, over the
 * real classes and files; docs/verification.md lists them with the others.
 * Once a node-cli that carries them installs, `npm run lint` applies them and
 * this file can go.
 *
 * Checked elsewhere, by behaviour: node-operation-error-itemindex (every
 * failure carries its item: test/node/badInput.test.ts, errors.test.ts) and
 * single-credential-per-node (the reasoned exception in Juspay.node.ts; the
 * callback login's display rules: description.test.ts).
 */
import fs from 'node:fs';
import path from 'node:path';
import type { ICredentialType, INodeProperties, INodeType } from 'n8n-workflow';
import ts from 'typescript';

import { JuspayApi } from '../../credentials/JuspayApi.credentials';
import { JuspayWebhookApi } from '../../credentials/JuspayWebhookApi.credentials';
import { Juspay } from '../../nodes/Juspay/Juspay.node';
import { JuspayTrigger } from '../../nodes/JuspayTrigger/JuspayTrigger.node';

const root = path.join(__dirname, '..', '..');
const nodes: Array<[string, INodeType]> = [
	['nodes/Juspay', new Juspay()],
	['nodes/JuspayTrigger', new JuspayTrigger()],
];
const credentials: Array<[string, ICredentialType]> = [
	['credentials', new JuspayApi()],
	['credentials', new JuspayWebhookApi()],
];

/** Every parameter, with those inside collections and fixed collections. */
function allParameters(list: INodeProperties[]): INodeProperties[] {
	return list.flatMap((p) => {
		const inner = (p.options ?? []) as Array<INodeProperties | { values?: INodeProperties[] }>;
		if (p.type === 'collection') return [p, ...allParameters(inner as INodeProperties[])];
		if (p.type === 'fixedCollection') return [p, ...inner.flatMap((o) => allParameters((o as { values?: INodeProperties[] }).values ?? []))];
		return [p];
	});
}

const everyParameter = [
	...nodes.map(([, node]) => [node.description.name, allParameters(node.description.properties)] as const),
	...credentials.map(([, credential]) => [credential.name, allParameters(credential.properties)] as const),
];

it('options-sorted-alphabetically: every options list sorted by name, case-insensitively', () => {
	for (const [owner, parameters] of everyParameter) {
		for (const p of parameters.filter((p) => p.type === 'options')) {
			const names = (p.options as Array<{ name: string }>).map((o) => o.name);
			const sorted = [...names].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' }));
			expect({ owner, parameter: p.name, names }).toEqual({ owner, parameter: p.name, names: sorted });
		}
	}
});

it('require-param-default: every parameter declares a default', () => {
	for (const [owner, parameters] of everyParameter) {
		expect({ owner, missing: parameters.filter((p) => !Object.hasOwn(p, 'default')).map((p) => p.name) }).toEqual({ owner, missing: [] });
	}
});

/** WCAG relative luminance of #rgb / #rrggbb (and the two named colours our icons could use). */
function luminance(color: string): number {
	const named: Record<string, string> = { white: '#ffffff', black: '#000000' };
	let hex = (named[color.toLowerCase()] ?? color).slice(1);
	if (hex.length === 3) hex = [...hex].map((c) => c + c).join('');
	const [r, g, b] = [0, 2, 4].map((i) => {
		const c = parseInt(hex.slice(i, i + 2), 16) / 255;
		return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
	});
	return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
const contrast = (a: string, b: string) => {
	const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
	return (hi + 0.05) / (lo + 0.05);
};

it('icon-contrast: each theme icon has a paint of at least 1.5:1 contrast on its node background', () => {
	const background = { light: '#ffffff', dark: '#2b2b2b' };
	const icons = [...nodes.map(([dir, node]) => [dir, node.description.icon] as const), ...credentials.map(([dir, c]) => [dir, c.icon] as const)];
	expect(icons).toHaveLength(4);
	for (const [dir, icon] of icons) {
		for (const theme of ['light', 'dark'] as const) {
			const file = (icon as Record<string, string>)[theme].replace(/^file:/, '');
			const svg = fs.readFileSync(path.join(root, dir, file), 'utf8');
			const paints = [...svg.matchAll(/(?:fill|stroke|stop-color)\s*[=:]\s*"?\s*(#[0-9a-f]{3,6}|white|black)\b/gi)].map((m) => m[1]);
			expect(paints.length).toBeGreaterThan(0);
			const best = Math.max(...paints.map((paint) => contrast(paint, background[theme])));
			expect({ file: `${dir}/${file}`, theme, atLeast1_5: best >= 1.5 }).toEqual({ file: `${dir}/${file}`, theme, atLeast1_5: true });
		}
	}
});

/** The syntax tree of each *.node.ts file. */
const nodeFiles = nodes.map(([dir]) => {
	const file = path.join(dir, `${path.basename(dir)}.node.ts`);
	return [file, ts.createSourceFile(file, fs.readFileSync(path.join(root, file), 'utf8'), ts.ScriptTarget.Latest, true)] as const;
});
function descendants(node: ts.Node): ts.Node[] {
	const found: ts.Node[] = [];
	node.forEachChild((child) => void found.push(child, ...descendants(child)));
	return found;
}

it('no-hardcoded-ids: no partner, account, customer, client, tenant ... ID is a fixed string in a .node.ts file', () => {
	const idName = /^(?:partner|affiliate|reseller|account|tenant|customer|client)(?:[_-]?id)$/i;
	for (const [file, source] of nodeFiles) {
		const fixed = descendants(source).flatMap((n) => {
			let name = '';
			let value: ts.Expression | undefined;
			if (ts.isPropertyAssignment(n) || ts.isVariableDeclaration(n) || ts.isPropertyDeclaration(n)) {
				[name, value] = [n.name.getText().replace(/['"]/g, ''), n.initializer];
			} else if (ts.isBinaryExpression(n) && n.operatorToken.kind === ts.SyntaxKind.EqualsToken) {
				[name, value] = [n.left.getText().split('.').pop() ?? '', n.right];
			}
			return idName.test(name) && value && ts.isStringLiteralLike(value) ? [`${name} = ${value.getText()}`] : [];
		});
		expect({ file, fixed }).toEqual({ file, fixed: [] });
	}
});

it('require-continue-on-fail: every execute() asks this.continueOnFail()', () => {
	const executes = nodeFiles.flatMap(([file, source]) =>
		descendants(source)
			.filter((n): n is ts.MethodDeclaration => ts.isMethodDeclaration(n) && n.name.getText() === 'execute')
			.map((method) => [file, descendants(method).some((n) => ts.isCallExpression(n) && n.expression.getText() === 'this.continueOnFail')]),
	);
	// The Trigger has no execute(): it runs from its webhook.
	expect(executes).toEqual([['nodes/Juspay/Juspay.node.ts', true]]);
});
