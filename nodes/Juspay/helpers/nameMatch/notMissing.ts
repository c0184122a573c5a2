/**
 * Words of one name that are never missing from the other (pair.ts sets them aside): a Tamil holder's initial for the
 * relative the name gives, a KUMAR or KUMARI some regions add or drop, and a KUMAR, LAL, APPA, RAO or PANT written onto a name;
 * and the words the other name leaves out (a caste title, a MOHAMMAD, a co-operative's LIMITED …), which pair.ts reads
 * only once every word of the other name is paired.
 */
import { GIVEN_NAMES } from './givenNames';
import { COOPERATIVE_WORDS } from './organisations';
import type { Free, Pair, Pairing } from './pair';
import { FIELD_WIDTH, type Name } from './read';
import { isHers, isMans, WOMENS_WORDS } from './sexes';
import { spellingKey } from './spelling';
import { wordsOf } from './textWords';
import { keysOf, type Word } from './word';
import { FATHERS_GIVEN_NAMES, FILLERS, HONORIFICS, isWomansName, SHORT_FORMS, TITLES } from './words';

/** A Tamil holder's initial that is the first letter of the relative's name the name gives (R KANNAN S/O RAMASAMY). */
export function relativesInitial(w: Word, name: Name): boolean {
	if (!w.initial || name.relative === undefined || !/^[SDWH]\/O$/.test(name.relation ?? '')) return false;
	// The relative's own name, past an initial of theirs (S KARTHIK S/O P SUBRAMANIAN).
	return /[A-Z]{3,}/.exec(name.relative)?.[0].startsWith(w.text) ?? false;
}

/** A KUMAR of its own after a man's name (one ending in a consonant, or -ENDRA), or a KUMARI after a woman's, the other name has neither. */
export function fillerKumar(w: Word, name: Name, other: Name): boolean {
	if (w.text === 'SINGH' || w.text === 'SING') return middleSingh(w, name, other);
	if ((w.text !== 'KUMAR' && w.text !== 'KUMARI') || w.tail) return false;
	// Nor against a DEVI, a married woman's (NIRMALA DEVI / NIRMALA KUMARI may be a mother and a daughter).
	if (other.words.some((o) => o.text === 'KUMAR' || o.text === 'KUMARI') || other.dropped.includes('DEVI')) return false;
	// Nor a KUMAR against a woman's title or word (KM SANTOSH MAURYA / SANTOSH KUMAR MAURYA: KM is her KUMARI).
	if (w.text === 'KUMAR' && isHers(other)) return false;
	const before = name.words[w.index - 1];
	// Nor after a Tamil father's name, written first (RAMASAMY KUMAR, PALANIAPPAN KUMAR, ARUMUGAM KUMAR, MURUGESAN KUMAR: Kumar, his son).
	if (!before || before.optional || before.initial || /(?:SW|S|CH)AM[IY]$|APPAN$|UGAM$|ESAN$/.test(before.text)) return false;
	// A woman's name ends in A or I far more often (SUNITA, PINKI); not a man's of the fathers' list (HARI, KRISHNA).
	const hers = isWomansName(before.text) || (/[AI]$/.test(before.text) && !FATHERS_GIVEN_NAMES.has(before.text));
	return w.text === 'KUMAR' ? /[^AEIOU]$|ENDRA$/.test(before.text) : hers;
}

/** A man's given name in -ENDRA, or -ENDER as Haryana and Delhi write it (SURENDER, MAHENDER); not the Punjabi -INDER. */
const MENS_ENDRA = /END(?:RA|ER)$/;

/**
 * A SINGH (or SING) between a man's given name in -ENDRA or -ENDER, which no woman bears, and a family name, the other
 * name having no SINGH or KAUR and its -ENDRA too (RAJENDRA SINGH TOMAR = RAJENDRA TOMAR, SURENDER SINGH MALIK). After
 * a name men and women share (GURPREET, JASWANT, BALWINDER; a Punjabi DEVINDER too) only SINGH or KAUR says who, so it
 * stays.
 */
function middleSingh(w: Word, name: Name, other: Name): boolean {
	const before = name.words[w.index - 1];
	const after = name.words.slice(w.index + 1).some((x) => !x.optional && !x.initial);
	return !w.tail && after && before !== undefined && !before.optional && MENS_ENDRA.test(before.text) && other.words.some((o) => MENS_ENDRA.test(o.text)) && !other.words.some((o) => o.keys.includes('SING') || o.text === 'KAUR');
}

/**
 * An APPA written onto a name; a KUMAR, LAL or Gujarati SINH onto a man's name (SHANTILAL is not SHANTI, JAYAKUMAR not JAYA: the
 * name ends in a consonant), and a SINGH onto an -ENDRA; a RAO or a Marathi PANT not closing the name (GOPALPANT DESHPANDE is GOPAL DESHPANDE).
 */
export function saidTail(tail: Word, name: Name): boolean {
	// And a KUMAR after an -ENDRA, only ever a man's (JITENDRAKUMAR).
	// And a Gujarati SINH onto a man's name (JASHWANTSINH = JASHWANT).
	// And a SINGH onto an -ENDRA, as RAJENDRA SINGH is (GAJENDRASINGH = GAJENDRA).
	if (tail.text === 'SINGH' || tail.text === 'SING') return MENS_ENDRA.test(name.words[tail.index - 1]?.text ?? '');
	const head = name.words[tail.index - 1]?.text ?? '';
	// Not a KUMAR onto a name of three letters: RAMKUMAR, RAJKUMAR, DEVKUMAR are names of their own (RAMKUMAR VERMA is no RAM VERMA).
	if (tail.text === 'KUMAR') return head.length > 3 && /[^AEIOU]$|ENDRA$/.test(head);
	if (tail.text === 'LAL' || tail.text === 'SINH') return /[^AEIOU]$/.test(head);
	return tail.text === 'APPA' || ((tail.text === 'RAO' || tail.text === 'PANT') && (!isLast(tail, name) || familyFirst(name)));
}

/**
 * A family name written first, before a given name and a father's (Marathi, at a bank: KALE SHOBHA VILASRAO): the RAO
 * closing it is the father's name's, not a family name.
 */
function familyFirst(name: Name): boolean {
	const words = name.words.filter((w) => !w.optional);
	return words.length >= 4 && !GIVEN_NAMES.has(words[0].text) && words.every((w) => !w.initial && !w.letters);
}

/**
 * A caste or community title closing a name of three words or more that the other name leaves out, all of whose own
 * words are paired (KOLLA RAJESH CHOWDARY / KOLLA RAJESH, K RAMASAMY THEVAR / K RAMASAMY): banks add and drop it, and
 * it tells no one of that name apart. Not on a name of two (CHANDRAPPA GOWDA / CHANDRAPPA: GOWDA may be the family name).
 */
export function closingTitle(w: Word, name: Name, other: Name): boolean {
	// Closing, or before initials only (SASIDHARAN PILLAI K).
	const after = name.words.slice(w.index + 1).filter((x) => !x.optional);
	if (name.business || !CLOSING_TITLES.has(w.text) || !after.every((x) => x.initial)) return false;
	// Never against a woman's title, word or relation: the title is a man's (LAVUDYA SUMAN NAIK / LAVUDYA SUMAN BAI,
	// SMT LAVUDYA SUMAN; SAGOLSEM IBOTOMBI SINGH / SAGOLSEM IBETOMBI DEVI).
	if (isHers(other)) return false;
	// A SINGH only after a Meitei family name written first (THOKCHOM, LAISHRAM, MOIRANGTHEM: they close in M) or an
	// initial for it; elsewhere it is a family name (SHATRUGHAN PRASAD SINGH).
	const first = name.words.find((x) => !x.optional);
	if (w.text === 'SINGH' && !(first?.initial || first?.letters || first?.text.endsWith('M'))) return false;
	const rest = name.words.filter((x) => !x.optional && !x.tail && x !== w);
	// And a house name written first or a father's initial (KOLLA RAJESH, K RAMASAMY): after given names (SURESH BABU
	// NAIDU, PABU RAM BISHNOI) or a father's (VISHNU DATTARAM NAIK) the title is the family name.
	// A name written out among them (S K NAIDU / S K says no one), and not a woman's (K LAKSHMI REDDY / K LAKSHMI: a man
	// and a woman; the title is a man's), unless women bear the title too (SREELATHA K MENON / SREELATHA K).
	if (!rest.some((x) => !x.initial && !x.letters) || (!WOMENS_TITLES_TOO.has(w.text) && rest.some((x) => isWomansName(x.text)))) return false;
	// A first word the other name writes as its initial is a house name too, though it is a given name elsewhere
	// (TIRUPATHI VENKATA RAMANA REDDI / T VENKATA RAMANA).
	const otherFirst = other.words.find((x) => !x.optional);
	const house = !rest[0].common && (!GIVEN_NAMES.has(rest[0].text) || (otherFirst?.initial === true && rest[0].text.startsWith(otherFirst.text)));
	return rest.length >= 2 && (rest.some((x) => x.initial) || house);
}

/**
 * A MOHAMMAD (MD, MOHD) that opens a man's name of three words or more when the other name leaves it out and has
 * every word paired (MD RAFIQUL ISLAM = RAFIQUL ISLAM): Bengali and Bihari banks add it to most Muslim men's names.
 */
export function openingMohammad(w: Word, name: Name): boolean {
	if (name.business || !(w.spelled === 'MOHAMMAD' || w.keys.includes(MOHAMMAD))) return false;
	const own = name.words.filter((x) => !x.optional && !x.tail);
	// Or after a SHAIKH or SYED that opens it (SK MOHAMMAD JAMAL UDDIN = SHEIKH JAMALUDDIN).
	const opens = own[0] === w || (own[1] === w && OPENING_WORDS.has(own[0].spelled));
	return opens && own.length >= 3;
}

/**
 * A Bohra's or Memon's SHAIKH opening a person's name of four words or more, when the other name leaves it out and has
 * every word paired (SHAIKH ABBAS ALI RANGWALA = ABBAS ALI RANGWALA): a title there. Before three it may be the family
 * name written first (SHAIKH ABBAS ALI / ABBAS ALI stays PARTIAL).
 */
export function openingShaikh(w: Word, name: Name): boolean {
	if (name.business || (w.spelled !== 'SHAIKH' && w.spelled !== 'SHEIKH')) return false;
	const own = name.words.filter((x) => !x.optional && !x.tail);
	return own[0] === w && own.length >= 4;
}

/**
 * A LIMITED closing a co-operative's name (… SAHAKARI MANDALI LTD, … SERVICE CO-OPERATIVE BANK LTD, … MPCS LTD, … CO-OP MILK
 * PRODUCERS UNION LTD) when
 * the other name leaves it out and has every word paired: a co-operative is registered with it, so it tells no other
 * holder apart. Not after a company's or a firm's words (SHAKTI INDUSTRIES / SHAKTI INDUSTRIES PVT LTD are two).
 */
export function cooperativesLimited(w: Word, name: Name): boolean {
	// Past the society's number, before or after (… HOUSING SOCIETY NO 1 LTD, … SERVICE CO-OPERATIVE BANK LTD NO 1510).
	const own = name.words.filter((x) => !x.optional && !NUMBERED.test(x.text));
	if (!name.business || !w.keys.includes(LIMITED) || own.at(-1) !== w) return false;
	const before = own.at(-2);
	// A co-operative's UNION too (… CO-OP MILK PRODUCERS UNION LTD), not a company's.
	return before !== undefined && (COOPERATIVES.has(before.text) || (before.text === 'UNION' && own.some((x) => COOPERATIVE_WORDS.has(x.text))));
}

/**
 * A Muslim woman's BEGUM, KHATOON, BIBI, BEEVI or KHANAM after her given name and before her family name, the other name
 * leaving it out with every word paired (AMEENA BEGUM JAGIRDAR = AMEENA JAGIRDAR), as a DEVI is.
 */
export function hersInTheMiddle(w: Word, name: Name, other: Name): boolean {
	if (name.business || !HER_WORDS.has(w.text)) return false;
	// Not against a man's MIYA or BHAI (RASULBIBI SHAIKH / RASULMIYA SHAIKH are a woman and a man). Closing a name it
	// tells women apart (NASREEN KHATOON / NASREEN BANO).
	if (other.address === 'BHAI' || other.address?.startsWith('MIYA')) return false;
	// Nor against another woman's word (FATHIMA BEEVI K / FATHIMA BANU K are two sisters).
	if (other.words.some((o) => WOMENS_WORDS.has(o.text)) || other.dropped.some((said) => WOMENS_WORDS.has(said))) return false;
	const own = name.words.filter((x) => !x.optional);
	const at = own.indexOf(w);
	// Nor after a man's name, which a woman's may be with it (SULTAN BEGUM KHAN / SULTAN KHAN are a woman and a man).
	return at >= 1 && at < own.length - 1 && !own[at - 1].initial && !isMans(own[at - 1].text);
}

const HER_WORDS = new Set(['BEGUM', 'BEGAM', 'KHATOON', 'KHATUN', 'BIBI', 'BEEVI', 'BIVI', 'KHANAM', 'KHANUM']);

/** LIMITED's key, which its Hindi and Kannada words (MARYADIT, NIYAMIT) carry too. */
const LIMITED = spellingKey('LIMITED');

/** MOHAMMAD's key, which a Gujarati MAHAMMAD or MAHMAD carries too. */
const MOHAMMAD = spellingKey('MOHAMMAD');

/** A society's number and the words that say it (NO 1, PHASE II). */
const NUMBERED = /^(?:\d+|NO|PHASE|[IVX]+|ONE|TWO|THREE|FOUR|FIVE|SIX|SEVEN|EIGHT|NINE)$/;

const OPENING_WORDS = new Set(['SHAIKH', 'SHEIKH', 'SYED', 'SAYYED', 'SAIYED']);

const COOPERATIVES = new Set(
	'SOCIETY CHS SAMITI SAMITY SAMITHI MANDALI MANDLI SANGH SANGHA SANGHAM SANSTHA PATSANSTHA PATPEDHI KARKHANA BANK COOPERATIVE FEDERATION MPCS PACS SSK LAMPS'.split(' '),
);

/** Titles Kerala and Tamil women bear as men do (LAKSHMI NAIR, SREELATHA MENON). */
const WOMENS_TITLES_TOO = new Set(['NAIR', 'MENON', 'PILLAI', 'PILLAY', 'KURUP', 'PANICKER', 'NAMBIAR', 'IYER', 'AIYAR', 'IYENGAR', 'AYYANGAR']);

const CLOSING_TITLES = new Set(
	'GOUD GOWD GOUDA GOWDA NAIDU NAYUDU REDDY REDDI CHOWDARY CHOUDARY CHOWDHARY NAIK PILLAI PILLAY THEVAR DEVAR MUDALIAR MUDALI GOUNDER GOUNDAR NADAR ROWTHER RAVUTHER CHETTIAR NAICKER NAYAKAR MUDIRAJ NAIR MENON KURUP PANICKER NAMBIAR SINGH DORA KOUNDER IYER AIYAR IYENGAR AYYANGAR KONAR KONE'.split(' '),
);

/**
 * A JR or II closing a name against the other's son of a father of the same name (CHERIAN THOMAS JR / CHERIAN THOMAS S/O
 * CHERIAN THOMAS): the son it says. The father's name word by word as the holder's, past a LATE or SHRI in front, in a
 * short form (NARESH CH PANT) or, closing a record of the bank's width, cut (… S/O SUDHIR KULSHRES).
 */
function juniorOfSameName(w: Word, name: Name, other: Name): boolean {
	if (!JUNIORS.has(w.text) || other.relation !== 'S/O' || other.relative === undefined || !isLast(w, name)) return false;
	const own = name.words.filter((x) => x !== w && !x.optional);
	const father = wordsOf(other.relative).filter((x, i, all) => !(TITLES.has(x) && all.slice(0, i).every((y) => TITLES.has(y))));
	if (own.length < 2 || father.length !== own.length) return false;
	const cut = (other.recordLength ?? 0) >= FIELD_WIDTH;
	return father.every((x, i) => {
		const mine = own[i];
		const written = mine.text === x || keysOf(x).some((key) => mine.keys.includes(key)) || (SHORT_FORMS.get(x) ?? []).includes(mine.text);
		return written || (cut && i === own.length - 1 && x.length >= 3 && mine.text.startsWith(x));
	});
}

const JUNIORS = new Set(['JR', 'JUNIOR', 'II']);

/** The name's last word that counts (a title, or the relative's family name, does not). */
const isLast = (word: Word, name: Name) => name.words.filter((w) => !w.optional).pop() === word;

/**
 * Once pairing is over, each free word of either name: missing from the other (rest) or set aside (aside), in its
 * name's order (pair.ts).
 */
export function restAndAside(a: Name, b: Name, pairs: Pair[], free: Free): Pick<Pairing, 'restA' | 'restB' | 'aside'> {
	// Not missing: AND, OF …; a KUMAR, LAL or Kannada APPA written onto a given name (BHAVESHKUMAR, the Gujarati form of
	// BHAVESH; DHIRAJLAL; MAHADEVAPPA); SRI inside a business's name (UDUPI SRI KRISHNA BHAVAN).
	// A Malabar HAJI after the given name is an honorific too (ABDUL RAHIMAN HAJI); a Meitei girl's CHANU against a
	// married woman's DEVI is one woman (BEMBEM CHANU, BEMBEM DEVI).
	// So is a KUMAR after a man's name or a KUMARI after a woman's, as North and East India add or drop them (ROHIT
	// KUMAR SINGH, SUNITA KUMARI), unless the other name says the other (KUMAR / KUMARI).
	const said = (w: Word, name: Name, other: Name) =>
		FILLERS.has(w.text) ||
		relativesInitial(w, name) ||
		(w.tail && saidTail(w, name) && !againstOwn(w, name, other)) ||
		(name.business && HONORIFICS.has(w.text)) ||
		(free(w) && allPaired(other) && leftOut(w, name, other)) ||
		(!name.business && w.index > 0 && (w.text === 'HAJI' || w.text === 'HAJEE' || (fillerKumar(w, name, other) && !afterRelatives(w, name) && !againstOwn(w, name, other)) || (w.text === 'CHANU' && other.dropped.includes('DEVI'))));
	// A caste title, a MOHAMMAD, a co-operative's LIMITED … the other name leaves out (notMissing.ts), only when every
	// word of that name is paired or a title; read once a name, as pairing is over by now.
	const everyPaired = (name: Name) => name.words.every((x) => x.optional || !free(x));
	let pairedA: boolean | undefined;
	let pairedB: boolean | undefined;
	const allPaired = (other: Name) => (other === a ? (pairedA ??= everyPaired(a)) : (pairedB ??= everyPaired(b)));
	const leftOut = (w: Word, name: Name, other: Name) =>
		closingTitle(w, name, other) || openingMohammad(w, name) || openingShaikh(w, name) || cooperativesLimited(w, name) || hersInTheMiddle(w, name, other) || juniorOfSameName(w, name, other);
	// A KUMAR after a word the other name's relative gives is that relative's (SUNIL RAJ KUMAR SHARMA / … S/O RAJ KISHORE).
	const afterRelatives = (w: Word, name: Name) => pairs.some((p) => [...p.a, ...p.b].includes(name.words[w.index - 1]) && [...p.a, ...p.b].some((x) => x.family));
	// Nor one where the other name has a second name of its own after the same word (S ARUN KUMAR / S ARUN PRASAD).
	const againstOwn = (w: Word, name: Name, other: Name) => {
		const pair = pairs.find((p) => p.a.includes(name.words[w.index - 1]) || p.b.includes(name.words[w.index - 1]));
		const theirs = pair && (pair.a.includes(name.words[w.index - 1]) ? pair.b : pair.a);
		const next = theirs && other.words[theirs[theirs.length - 1].index + 1];
		return next !== undefined && free(next) && !next.optional && !next.initial && !FILLERS.has(next.text);
	};
	// Each free word read once: missing (rest) or set aside (aside), in its name's order.
	const sorted = (name: Name, other: Name): [Word[], Word[]] => {
		const [rest, aside]: [Word[], Word[]] = [[], []];
		for (const w of name.words) if (free(w) && !w.optional) (said(w, name, other) ? aside : rest).push(w);
		return [rest, aside];
	};
	const [[restA, asideA], [restB, asideB]] = [sorted(a, b), sorted(b, a)];
	return { restA, restB, aside: [...asideA, ...asideB] };
}
