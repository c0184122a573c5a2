/**
 * Places in a body's or a firm's name: two firms' places that differ (placesDiffer), and a body named by its kind and
 * its place alone whose place is spelled another way (placeSpelledAnotherWay). Both read by judge.ts.
 */
import type { Pair } from './pair';
import { FIELD_WIDTH, type Name } from './read';
import { BODIES_OF_A_PLACE, BODIES_OF_A_PLACE_IN_TWO, COLONY_BODIES, GOVERNMENT_BODIES, TRANSLATIONS } from './organisations';
import { SAME_PLACES } from './spellings';
import { wordsOf } from './textWords';
import { keysOf, type Word } from './word';
import { BUSINESS_WORDS, TITLES } from './words';

/** The words that say a body's kind (POLICE, STATION, PHC, RWA …), in English or in Hindi (PRATHMIK SWASTHYA KENDRA): not its place. */
const KIND_WORDS = new Set([
	...BODIES_OF_A_PLACE,
	...[...BODIES_OF_A_PLACE_IN_TWO, ...GOVERNMENT_BODIES].flatMap((kind) => kind.split(' ')),
	...COLONY_BODIES,
	...[...TRANSLATIONS].flatMap(([word, english]) => [word, ...english]),
]);
/** A body's kind, an organisation's word (GURDWARA, WAKF, TRUST) or a title (SHRI): no place. */
const noPlace = (word: Word) => KIND_WORDS.has(word.text) || BUSINESS_WORDS.has(word.text) || TITLES.has(word.text);

/** The second words of the bodies named by two (STATION, PANCHAYAT …): only a word of these is looked at with the one before. */
const SECOND_WORDS = new Set([...BODIES_OF_A_PLACE_IN_TWO, ...GOVERNMENT_BODIES].map((kind) => kind.split(' ').at(-1)));

/** Which kind of body a name is: one named by its place alone, a colony's, or neither. */
function bodyOf(name: Name): 'place' | 'colony' | undefined {
	const { words } = name;
	let [colony, government, governments] = [false, false, false];
	for (let i = 0; i < words.length; i++) {
		const text = words[i].text;
		const kind = i > 0 && SECOND_WORDS.has(text) ? `${words[i - 1].text} ${text}` : '';
		if (BODIES_OF_A_PLACE.has(text) || BODIES_OF_A_PLACE_IN_TWO.has(kind)) return 'place';
		colony ||= COLONY_BODIES.has(text);
		government ||= text === 'GOVERNMENT';
		governments ||= GOVERNMENT_BODIES.has(text) || GOVERNMENT_BODIES.has(kind);
	}
	return government && governments ? 'place' : colony ? 'colony' : undefined;
}

/** Two spellings of one town the list holds (BELGAUM / BELAGAVI, HISAR / HISSAR): no other town's. */
const onePlace = (pair: Pair) => pair.a.length === 1 && pair.b.length === 1 && SAME_PLACES.get(pair.a[0].text) !== undefined && SAME_PLACES.get(pair.a[0].text) === SAME_PLACES.get(pair.b[0].text);
/** A pair a body's place may be: a spelling, of no kind's, organisation's or title's word, not one town's listed spellings. */
const placeLike = (pair: Pair) => pair.kind === 'spelling' && !pair.a.some(noPlace) && !pair.b.some(noPlace) && !onePlace(pair);

/** Houses of worship, named by a deity or a saint as often as by a town: only the town closing the name right after one is its place. */
const WORSHIP = new Set(['MANDIR', 'MASJID', 'CHURCH', 'GURDWARA', 'DARGAH', 'TEMPLE']);
/** What closes a shrine's name in its honour (NAGORE DARGAH SHARIF, … GURDWARA SAHIB): no town. */
const HONOURED = new Set(['SHARIF', 'SHAREEF', 'SHARIFF', 'SAHIB', 'SAHEB']);
/** Whether `words` are one word closing `name` right after a house of worship's word, or its honour (SHIV MANDIR BIND, DARGAH SHARIF DEWA). */
function afterWorship(words: Word[], name: Name): boolean {
	const at = words.length === 1 && words[0].index === name.words.length - 1 ? words[0].index : -1;
	if (at < 1 || HONOURED.has(words[0].text)) return false;
	const before = name.words[at - 1].text;
	return WORSHIP.has(before) || (HONOURED.has(before) && WORSHIP.has(name.words[at - 2]?.text ?? ''));
}

/**
 * Towns one spelling rule apart from a name (REWA MOTORS / REVA MOTORS: a town's firm and one named after a woman), apart
 * in a firm's name only: in a person's they are one name (REWABEN = REVABEN); not before DEVI (MANSA DEVI = MANASA DEVI).
 */
const TOWNS_APART_IN_FIRMS = new Set(['REVA|REWA', 'MANASA|MANSA']);
const townApart = (pair: Pair, a: Name) =>
	pair.a.length === 1 && pair.b.length === 1 && TOWNS_APART_IN_FIRMS.has([pair.a[0].text, pair.b[0].text].sort().join('|')) && a.words[pair.a[0].index + 1]?.text !== 'DEVI';

/** Two words that differ only by an H (an aspirate, or SH for S): KHANPUR / KANPUR, SHAHPUR / SAHPUR. */
const withoutH = (words: Word[]) => words.map((w) => w.text.replace(/H/g, '')).join(' ');

/**
 * A body named by its kind and its place alone (POLICE STATION PATHRI, PHC NURPUR, GOVT HIGH SCHOOL SIDDAPUR) whose place pairs
 * only by a spelling rule: places one rule apart are as often two (PATHRI / PATRI, NURPUR / NOORPUR, PATTAN / PATAN,
 * KHANPUR / KANPUR: 41 of four red teams' 320 different holders were paid before). A person looks; the same place spelled two ways
 * (a gram panchayat's SEMARIA / SEMARIYA) is held too. A colony's body, named by its building as often (NEELKANTH /
 * NILKANTH APARTMENTS RWA), only when the place is an H apart (RWA SECTOR 2 SHAHPUR / … SAHPUR).
 */
export function placeSpelledAnotherWay(a: Name, b: Name, pairs: Pair[]): string | undefined {
	// The pairs first, with no list made: most judgements have no spelling a body's place could be, and end there.
	const first = pairs.find(placeLike);
	if (first === undefined) return undefined;
	const body = bodyOf(a) ?? bodyOf(b);
	const byTown = (p: Pair) => (afterWorship(p.a, a) && afterWorship(p.b, b)) || (a.business && b.business && townApart(p, a));
	const pair = body === 'place' ? first : body === 'colony' ? pairs.find((p) => placeLike(p) && withoutH(p.a) === withoutH(p.b)) : pairs.find((p) => placeLike(p) && byTown(p));
	return pair && `a place spelled another way: ${pair.a.map((w) => w.written).join(' ')} / ${pair.b.map((w) => w.written).join(' ')}`;
}

/** An address's words for its units, as one writes them (TEHSIL = TEH, TALUKA = TAL = TQ = TA, DISTRICT = DIST, POST = PO,
 * BK = BUDRUK). */
const UNITS = new Map([
	['TEHSIL', 'TEH'],
	['TALUKA', 'TAL'],
	['TALUK', 'TAL'],
	['TQ', 'TAL'],
	['TA', 'TAL'],
	['POST', 'PO'],
	['DISTRICT', 'DIST'],
	['DISTT', 'DIST'],
	['DT', 'DIST'],
	['MDL', 'MANDAL'],
	['BK', 'BUDRUK'],
	['KH', 'KHURD'],
	['KHD', 'KHURD'], // as words.ts SHORT_FORMS reads them in a name's words, where no VILL marks a place
	['KLN', 'KALAN'],
]);
/** An address's words with its units as UNITS writes them, P O as PO, and no NO (WARD NO 9 = WARD 9). */
function asUnits(words: string[]): string[] {
	const units: string[] = [];
	for (let i = 0; i < words.length; i++) {
		if (words[i] === 'NO') continue;
		const word = words[i] === 'P' && words[i + 1] === 'O' ? (i++, 'PO') : words[i];
		units.push(UNITS.get(word) ?? word);
	}
	return units;
}

/** What an address names after its village: the post office, the tehsil, taluka or mandal, the district, the PIN. */
const LARGER_UNITS = new Set(['PO', 'TEH', 'TAL', 'MANDAL', 'DIST', 'PIN']);

/** An address's words split where a larger unit starts: the village's, and the rest (none when the bank cut it after the unit's word). */
function villageOf(words: string[]): [string[], string[]] {
	const at = words.findIndex((word) => LARGER_UNITS.has(word));
	return at <= 0 ? [words, []] : [words.slice(0, at), at === words.length - 1 ? [] : words.slice(at)];
}

/** The widest a bank's field is (read.ts FIELD_WIDTH): a longer record was not cut (… S/O SADHU SINGH VILL BHIKHI, 41). */
const WIDEST = 40;

/**
 * A place closing a record the bank's width long that stops mid-word where the other goes on: the bank cut it (… VILL RAMP
 * for VILL RAMPUR DIST GAYA). Not one letter short: RAMPUR and RAMPURA, MADHUBAN and MADHUBANI are two places as often.
 */
function cutShort(short: string, name: Name, long: string): boolean {
	const record = name.recordLength ?? 0;
	return record >= FIELD_WIDTH && record <= WIDEST && long.length > short.length + 1 && long.startsWith(short) && long[short.length] !== ' ';
}

/**
 * A person's village the bank wrote after the relative's name with no VILL before it, found by the other's village's first
 * word (… S/O RATAN SINGH KHERA KHUR against … VILL KHERA KALAN: KHERA KHUR; … S/O SADHU SINGH BHIKHIWIND against … VILL
 * BHIKHI: BHIKHIWIND), or none.
 */
function placeAfterRelative(name: Name, other: Name): string | undefined {
	if (name.relative === undefined || other.place === undefined || name.business || other.business) return undefined;
	const words = wordsOf(name.relative);
	// The first word as written, or joined to the next at the bank (BHIKHI against BHIKHIWIND, KHERA against KHERAKALAN).
	const first = other.place.split(' ')[0];
	const at = words.findIndex((word) => word === first || (first.length >= 5 && word.startsWith(first)));
	return at > 0 ? words.slice(at).join(' ') : undefined;
}

/**
 * Two businesses' places (…, MYLAPORE / …, T NAGAR) that differ: two branches or two firms; two persons' addresses (…
 * VILL RAMPUR / … VILL PIPRA): two holders of one name.
 */
export function placesDiffer(a: Name, b: Name): string | undefined {
	const [x, y] = [a.place ?? placeAfterRelative(a, b), b.place ?? placeAfterRelative(b, a)];
	if (!x || !y) return undefined;
	// One place by its spellings or its old name (MYSURU / MYSORE, MUMBAI / BOMBAY).
	const [xs, ys] = [x.split(' '), y.split(' ')];
	const keys = (word: string) => keysOf(SAME_PLACES.get(word) ?? word);
	const sameWord = (p: string, q: string) => keys(p).some((key) => keys(q).includes(key));
	const wordByWord = (p: string[], q: string[]) => p.length === q.length && p.every((word, i) => sameWord(word, q[i]));
	const same = wordByWord(xs, ys);
	// A person's place is an address's: one that names the district, the tehsil or the post office too is the same village
	// (VPO KHERI / VPO KHERI DISTT JHAJJAR), unless both name theirs and they differ; any other word more is another place
	// (VILL NAGAR / VILL RAM NAGAR, A/P WADGAON / A/P WADGAON SHERI). Units as one writes them (TEHSIL = TEH).
	// Or the same words joined otherwise (VILL CHANDRA PUR / VILL CHANDRAPUR, MOH ANSAR NAGAR / MOH ANSARNAGAR).
	const alike = (p: string[], q: string[]) => (p.length === q.length ? wordByWord(p, q) : sameWord(p.join(''), q.join('')));
	// The rest of one the start of the other's and a unit more: more of the same address (PO SHAHPUR / PO SHAHPUR DIST
	// BHOJPUR; not PO BARAGAON / PO BARAGAON KHURD, another post office).
	const more = (short: string[], long: string[]) => alike(short, long.slice(0, short.length)) && (long.length === short.length || LARGER_UNITS.has(long[short.length]));
	const startsAlike = (p: string[], q: string[]) => (p.length <= q.length ? more(p, q) : more(q, p));
	const addressesAlike = () => {
		const [xu, yu] = [asUnits(xs), asUnits(ys)];
		const [xv, yv] = [villageOf(xu), villageOf(yu)];
		// The bank's cut may fall in a unit's place written in full on the other side (… DISTRICT ALMORA / … DIST ALM).
		const cut = () => cutShort(xu.join(' '), a, yu.join(' ')) || cutShort(yu.join(' '), b, xu.join(' '));
		return (alike(xv[0], yv[0]) && (xv[1].length === 0 || yv[1].length === 0 || startsAlike(xv[1], yv[1]))) || cut();
	};
	return same || (!a.business && !b.business && addressesAlike()) || cutShort(x, a, y) || cutShort(y, b, x) ? undefined : `place differs: ${x} / ${y}`;
}
