/* eslint-disable @n8n/community-nodes/no-restricted-imports -- test and dev code: runs in Node, never inside n8n, and is not published */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

/**
 * Finds relative links in Markdown that lead nowhere: a file that does not
 * exist, or a `#anchor` that no heading of the target makes. Anchors follow
 * GitHub's rules, because GitHub and npm are where the pages are read.
 */

/** Text outside fenced code blocks, with inline code and comments blanked (links there are not links). */
function prose(markdown: string): string[] {
	const lines: string[] = [];
	let fence: string | undefined;
	for (const line of markdown.split('\n')) {
		const marker = /^ {0,3}(`{3,}|~{3,})/.exec(line)?.[1];
		if (marker && (!fence || marker.startsWith(fence))) {
			fence = fence ? undefined : marker;
			lines.push('');
			continue;
		}
		const hidden = /(`+)[^`]*?\1|<!--.*?-->/g; // inline code and one-line HTML comments: not rendered as links
		lines.push(fence ? '' : line.replace(hidden, (code) => ' '.repeat(code.length)));
	}
	return lines;
}

/** GitHub's anchor for a heading: inline markup dropped, lower case, punctuation removed, spaces → `-`. */
export function slug(heading: string): string {
	const text = heading
		.replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1') // links and images: their text
		.replace(/<[^>]+>/g, '') // HTML tags
		.replace(/[`*]|(^|\s)_+|_+(?=\s|$)/g, '$1') // code and emphasis markers
		.trim()
		.toLowerCase();
	return text.replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '').replace(/ /g, '-');
}

/** Every anchor a Markdown page offers: its headings (repeats get -1, -2, …) and `<a id|name="…">`. */
export function anchors(markdown: string): Set<string> {
	const found = new Set<string>();
	const seen = new Map<string, number>();
	let fence = false;
	for (const line of markdown.split('\n')) {
		if (/^ {0,3}(`{3,}|~{3,})/.test(line)) fence = !fence;
		if (fence) continue;
		const heading = /^ {0,3}#{1,6}\s+(.*?)\s*#*\s*$/.exec(line)?.[1];
		if (heading !== undefined) {
			const base = slug(heading);
			const count = seen.get(base) ?? 0;
			seen.set(base, count + 1);
			found.add(count === 0 ? base : `${base}-${count}`);
		}
		for (const match of line.matchAll(/<a\s[^>]*\b(?:id|name)="([^"]+)"/g)) found.add(match[1]);
	}
	return found;
}

/** Link targets in a page's prose: inline links and images, and reference definitions. */
export function linkTargets(markdown: string): string[] {
	const targets: string[] = [];
	for (const line of prose(markdown)) {
		for (const match of line.matchAll(/\]\(\s*<?([^)\s>]*)>?(?:\s+"[^"]*")?\s*\)/g)) targets.push(match[1]);
		const definition = /^ {0,3}\[[^\]]+\]:\s*<?([^\s>]+)>?/.exec(line);
		if (definition) targets.push(definition[1]);
	}
	return targets;
}

/** True for a link that leaves the repository (a scheme such as https: or mailto:, or //host). */
function isExternal(target: string): boolean {
	return /^[a-z][a-z0-9+.-]*:/i.test(target) || target.startsWith('//');
}

/** What is wrong with each relative link in `file` (a path inside `root`); empty when every link works. */
export function brokenLinks(root: string, file: string): string[] {
	const page = join(root, file);
	const problems: string[] = [];
	for (const target of linkTargets(readFileSync(page, 'utf8'))) {
		if (isExternal(target)) continue;
		const [pathPart, anchor] = target.split('#', 2) as [string, string | undefined];
		const linked = pathPart === '' ? page : join(dirname(page), decodeURIComponent(pathPart));
		const shown = `${file}: ${target}`;
		if (!existsSync(linked)) {
			problems.push(`${shown} → ${relative(root, linked)} does not exist`);
			continue;
		}
		if (anchor === undefined) continue;
		if (statSync(linked).isDirectory() || !linked.endsWith('.md')) {
			problems.push(`${shown} → an anchor can only be checked in a Markdown file`);
		} else if (!anchors(readFileSync(linked, 'utf8')).has(decodeURIComponent(anchor))) {
			problems.push(`${shown} → no heading in ${relative(root, linked)} makes #${anchor}`);
		}
	}
	return problems;
}
