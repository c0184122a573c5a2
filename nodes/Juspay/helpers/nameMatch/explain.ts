import type { Judgement } from './judge';
import { byStart } from './order';
import { isFiller, type Pair, type PairKind, type Pairing } from './pair';
import type { Name } from './read';
import type { Word } from './word';

/** Short enough for a Slack message or a sheet cell. */
const MAX_LENGTH = 200;
const KIND_LABEL: Record<Exclude<PairKind, 'same'>, string> = {
	spelling: 'spelling',
	'short form': 'short form',
	joined: 'joined',
	'one A': 'joined with one A, or another name',
	cut: 'cut by the bank',
	'last part': 'called by its last part',
	'first part': 'called by its first part',
	initial: 'initial',
};
const KINDS = Object.keys(KIND_LABEL) as Array<keyof typeof KIND_LABEL>;
const RELATIVE_LABELS = [
	['name', 'family name of the relative'],
	['whole', "the relative's name"],
	['given', "the relative's given name"],
	['initial', "the relative's initial"],
] as const;

// A tail read off its word is shown on it, as it was typed (GURUSIDDAPPA, not GURUSIDD APPA).
function written(words: Word[]): string {
	let text = words[0]?.written ?? '';
	for (let i = 1; i < words.length; i++) text += (words[i].tail && words[i - 1].index === words[i].index - 1 ? '' : ' ') + words[i].written;
	return text;
}

/**
 * Which words differ and which matched how, the most telling first, e.g.
 * "given name differs: ASHA / USHA; same: VERMA" or
 * "short form: MOHD = MOHAMMED; same: IRFAN". Words are as written (upper
 * case); the first name is the one expected, the second the bank's.
 */
export function explain(a: Name, b: Name, { pairs, restA, restB, aside }: Pairing, { band, order, lookFirst, conflict }: Judgement): string {
	if (band === 'EXACT') return 'same name';
	if (band === 'NONE') return 'no word in common';
	const parts: string[] = [];
	if (conflict) parts.push(conflict);
	if (lookFirst) parts.push(lookFirst);
	// A differing word is shown with the tail read off it (GURUSIDDAPPA, not GURUSIDD and a left-out APPA).
	// Made only when a word was set aside (most pairings set none).
	let tails: Set<Word> | undefined;
	const withTails = (rest: Word[], name: Name) =>
		aside.length === 0 ? rest : rest.flatMap((w) => {
			const tail = name.words[w.index + 1];
			if (!tail?.tail || !aside.includes(tail)) return [w];
			(tails ??= new Set()).add(tail);
			return [w, tail];
		});
	const shownA = withTails(restA, a);
	const shownB = withTails(restB, b);
	// Words left on both sides differ, unless they were judged a place and a legal form each missing on one side (judge.ts).
	if (restA.length > 0 && restB.length > 0 && band === 'WEAK') {
		const what = restA.length === 1 && restB.length === 1 ? `${roleOf(restA[0], a, restB[0], b)} differs` : 'words differ';
		parts.push(`${what}: ${written(shownA)} / ${written(shownB)}`);
	} else {
		if (restA.length > 0) parts.push(`not in the bank's name: ${written(shownA)}`);
		if (restB.length > 0) parts.push(`only in the bank's name: ${written(shownB)}`);
	}
	if (order !== 'same') {
		// Initials written out too when they are what moved (K J MATHEW / KIZHAKKETHIL MATHEW JOSEPH, JAMSHED A SURTI /
		// ARDESHIR JAMSHED SURTI).
		const whole = pairs.filter((p) => p.kind !== 'initial');
		const inOrder = (placed: Pair[], side: 'a' | 'b') =>
			placed
				.map((p) => p[side])
				.sort((x, y) => x[0].index - y[0].index)
				.map(written)
				.join(' ');
		const placed = whole.length > 1 && inOrder(whole, 'a') !== inOrder(whole, 'b') ? whole : pairs;
		parts.push(order === 'moved' ? 'another order' : `other order: ${inOrder(placed, 'a')} / ${inOrder(placed, 'b')}`);
	}
	// Most pairings pair the same words only: then no kind's pairs to look for.
	for (const kind of pairs.some((p) => p.kind !== 'same') ? KINDS : []) {
		// Written straight into one text: no list of the kind's pairs built for each kind.
		let shown = '';
		for (const p of pairs) if (p.kind === kind) shown += `${shown === '' ? '' : ', '}${written(p.a)} = ${written(p.b)}`;
		if (shown !== '') parts.push(`${KIND_LABEL[kind]}: ${shown}`);
	}
	const fromAny = pairs.some((p) => p.a.some((w) => w.family) || p.b.some((w) => w.family));
	for (const [from, label] of fromAny ? RELATIVE_LABELS : []) {
		// A given name or an initial both names took from their relatives says nothing more.
		const fromRelative = pairs.filter((p) => [...p.a, ...p.b].some((w) => w.family === from) && !((from === 'given' || from === 'initial') && p.a[0].family && p.b[0].family));
		const shown = fromRelative.map((p) => written(p.a.some((w) => w.family) ? p.b : p.a));
		if (shown.length > 0) parts.push(`${label}: ${shown.join(', ')}`);
	}
	// A note or a place the other name has too is not left out (JOSE THOMAS (KALATHIL) / JOSE THOMAS KALATHIL).
	const any = a.dropped.length > 0 || b.dropped.length > 0 || aside.length > 0;
	const said = any ? saidOnce(a.dropped, b.dropped, aside.filter((w) => !tails?.has(w))) : [];
	const paired = said.length > 0 ? writtenPaired(pairs) : undefined;
	const leftOut = said.filter((words) => !words.split(' ').every((w) => paired?.has(w)));
	if (leftOut.length > 0) parts.push(`left out: ${leftOut.join(', ')}`);
	const same = byStart(pairs.filter((p) => p.kind === 'same' && !p.a[0].optional && !p.b[0].family && !isFiller(p.a[0]))).map((p) => written(p.a));
	if (same.length > 0) parts.push(`same: ${same.join(', ')}`);
	const text = parts.join('; ');
	return text.length <= MAX_LENGTH ? text : `${text.slice(0, MAX_LENGTH - 1)}…`;
}

/** What either name set aside and the words left aside, each once, in that order. */
function saidOnce(droppedA: string[], droppedB: string[], aside: Word[]): string[] {
	const said = new Set<string>();
	for (const text of droppedA) said.add(text);
	for (const text of droppedB) said.add(text);
	for (const w of aside) said.add(w.written);
	return [...said];
}

/** The words paired, as written (one set, with no list of every pair's words built first). */
function writtenPaired(pairs: Pair[]): Set<string> {
	const paired = new Set<string>();
	for (const p of pairs) {
		for (const w of p.a) paired.add(w.written);
		for (const w of p.b) paired.add(w.written);
	}
	return paired;
}

/** What a differing word is in its name: given name, surname, initial, legal form or plainly a name or word. */
function roleOf(x: Word, a: Name, y: Word, b: Name): string {
	if (x.legal && y.legal) return 'legal form';
	if (x.initial || y.initial) return 'initial';
	if (a.business || b.business) return 'word';
	const named = (name: Name) => name.words.filter((w) => !w.optional);
	const first = (w: Word, name: Name) => named(name)[0] === w;
	const last = (w: Word, name: Name) => named(name).length > 1 && named(name)[named(name).length - 1] === w;
	if (first(x, a) && first(y, b)) return 'given name';
	if (last(x, a) && last(y, b)) return 'surname';
	return 'name';
}

