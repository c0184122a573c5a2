/**
 * A name with an alias: RAJESH KUMAR URF PAPPU, MOHD SALEEM ALIAS GUDDU, SONU @ SANTOSH KUMAR, SANTOSH KUMAR (ALIAS
 * SONU). The name and the alias are two names of one person, so each is compared as a name of its own: read as one,
 * the alias's words would pair with any word of the other name and two people of one alias (RAMESH KUMAR URF PAPPU /
 * RAJESH KUMAR URF PAPPU) would differ only by a given name among many words.
 */
import { better, capped, inBand, lower, type Match, type MatchOne } from './bands';
import { SCORE_RANGE } from './judge';
import { FIELD_WIDTH } from './read';
import { keysOf } from './word';
import { isBusinessWord, LEGAL_FORMS } from './words';

export interface Aliased {
	name: string;
	alias?: string;
	/** The name's last word, when it has two or more: an alias of one word is said with it (… YADAV URF PAPPU: PAPPU YADAV). */
	family?: string;
	/** The whole record's length: at the bank's width the alias at its end may be cut (… URF MUN). */
	length: number;
	/** The alias is her maiden name (NEHA SHARMA NEE GUPTA, … (MAIDEN NAME PRIYA JAIN)): hers as surely as the name. */
	maiden?: boolean;
}

const MARK = /(?:\(\s*)?(?:\b(?:URF|URPH|ALIAS|AKA|A\/K\/A|A\.\s?K\.\s?A|(?:ALSO )?KNOWN AS|N[EÉ]E|MAIDEN NAME)\b\.?|@)/i;
/** A relation after the alias is the whole name's (RAJESH URF PAPPU S/O RAMESH). */
const RELATION = /\s+(?:[SDWCH]\s*\/\s*O|U\s*\/\s*G)\b.*$/i;

/** The name and its alias, when the text has an alias mark with letters on both sides. */
export function splitAlias(text: string): Aliased {
	const length = text.trim().length;
	const mark = MARK.exec(text);
	if (!mark) return { name: text, length };
	let name = text.slice(0, mark.index).trim();
	let alias = text.slice(mark.index + mark[0].length).trim();
	const relation = RELATION.exec(alias);
	if (relation) [name, alias] = [`${name}${relation[0]}`, alias.slice(0, relation.index)];
	alias = alias.replace(/[()]/g, ' ').replace(/^[\s:,.-]+/, '').trim(); // (MAIDEN NAME: GOEL)
	if (!/[A-Z]/i.test(name) || !/[A-Z]/i.test(alias)) return { name: text, length };
	const words = name.replace(RELATION, '').match(/[A-Z]+/gi) ?? [];
	const family = words.length >= 2 && words[words.length - 1].length > 1 ? words[words.length - 1] : undefined;
	const maiden = /^\(?\s*(?:N|MAIDEN)/i.test(mark[0]) ? { maiden: true } : {};
	return { name, alias, family, length, ...maiden };
}

/** `a` (the name given) against `b` (the bank's), when either has an alias. */
export function matchAliased(a: Aliased, b: Aliased, match: MatchOne): Match | null {
	const names = match(a.name, b.name);
	if (a.alias !== undefined && b.alias !== undefined) {
		const cut = aliasCut(a, b) || aliasCut(b, a);
		const aliases = cut ? { band: 'PARTIAL' as const, score: SCORE_RANGE.PARTIAL[0], explanation: `cut by the bank: ${shown(a.alias)} / ${shown(b.alias)}` } : match(a.alias, b.alias);
		const straight = both(names, aliases, `${shown(a.alias)} / ${shown(b.alias)}`);
		// The name of one and the alias of the other (PAPPU URF RAJESH KUMAR / RAJESH KUMAR URF PAPPU).
		const swapped = both(best(forms(b), (alias) => match(a.name, alias)), best(forms(a), (alias) => match(alias, b.name)), `${shown(a.alias)} / ${shown(b.name)}`);
		// Not a maiden name and a married one swapped (PRIYA SHARMA NEE GUPTA / PRIYA GUPTA NEE SHARMA): two women, each
		// married into the other's family, as often as one: a person looks.
		return better(straight, capped(swapped, a.maiden && b.maiden ? 'PARTIAL' : 'STRONG', 'name and alias swapped'));
	}
	// One alias: the other name is the name (the alias left out), or the alias itself (a person should look).
	const aliased = a.alias !== undefined ? a : b;
	const viaAlias = best(forms(aliased), (alias) => (aliased === a ? match(alias, b.name) : match(a.name, alias)));
	const said = aliased.maiden ? 'maiden name' : 'alias';
	// Her maiden name against a record that names her husband (… W/O HARSH TRIVEDI) is a married woman's name there: a
	// person looks (REKHA BHATT NEE TRIVEDI is Mrs Bhatt, not Mrs Trivedi).
	const married = aliased.maiden && WIFE_OF.test(aliased === a ? b.name : a.name);
	const viaAliasUpTo = aliased.maiden && !married ? 'STRONG' : 'PARTIAL';
	const result = better(capped(names, 'STRONG', `${said} left out: ${shown(aliased.alias)}`), capped(viaAlias, viaAliasUpTo, `matched the ${said} ${shown(aliased.alias)}`));
	// The other calls the holder by another name in brackets (SANTOSH YADAV (CHHOTU) / SANTOSH YADAV URF BHOLA): two
	// people of one name, each known by their own (as two notes that differ: index.ts's notesDiffer).
	// Not a legal form (… (HUF)), nor the other's name for the alias (MITHU SEN (MITALI) / MITALI SEN @ MITHU).
	const note = aliased.maiden ? undefined : NOTE.exec(aliased === a ? b.name : a.name)?.[1].toUpperCase();
	const one = shown(aliased.alias);
	const named = (text: string) => keysOf(note ?? '').some((key) => keysOf(text).includes(key));
	if (note === undefined || /\s/.test(one) || LEGAL_FORMS.has(note) || isBusinessWord(note) || named(one) || shown(aliased.name).split(' ').some(named)) return result;
	return capped(result, 'WEAK', `called differently: ${aliased === a ? `${one} / ${note}` : `${note} / ${one}`}`);
}

/** One word in brackets closing a name: what the holder is called (SANTOSH YADAV (CHHOTU)). */
const NOTE = /\(\s*([A-Za-z]+)\s*\)\s*$/;

const WIFE_OF = /\bW\s*\/\s*O\b|\bWIFE OF\b/i;

/** An alias as written, and one of one word with the family name after it; a maiden name of one word in place of it. */
function forms({ name, alias, family, maiden }: Aliased): string[] {
	const one = alias as string;
	// Her maiden name in place of her married one, or kept before it (MEERA NAIR NEE PILLAI as MEERA PILLAI NAIR).
	if (maiden && family && !/\s/.test(one)) {
		const given = name.slice(0, name.toUpperCase().lastIndexOf(family.toUpperCase()));
		return [`${given} ${one}`, `${given} ${one} ${family}`];
	}
	return family && !/\s/.test(one) && one.toUpperCase() !== family.toUpperCase() ? [one, `${one} ${family}`] : [one];
}

/** `cut`'s record reached the bank's width and its alias is the start of the other's (… URF MUN / … URF MUNNA). */
function aliasCut(cut: Aliased, full: Aliased): boolean {
	const letters = (text?: string) => (text ?? '').toUpperCase().replace(/[^A-Z ]/g, '').trim();
	const [start, whole] = [letters(cut.alias), letters(full.alias)];
	return cut.length >= FIELD_WIDTH && start.length >= 3 && whole.length > start.length && whole.startsWith(start);
}

/** Both pairs must hold: the worse band, and an alias that differs is another person (at most WEAK). */
function both(names: Match | null, aliases: Match | null, written: string): Match | null {
	if (names === null || aliases === null) return null;
	if (aliases.band === 'WEAK' || aliases.band === 'NONE') {
		const band = lower(names.band, 'WEAK');
		return { band, score: inBand(band, names.score), explanation: `alias differs: ${written}; ${names.explanation}` };
	}
	const band = lower(names.band, aliases.band);
	return { band, score: inBand(band, Math.min(names.score, aliases.score)), explanation: `${names.explanation}; alias: ${aliases.explanation}` };
}

const best = (texts: string[], match: (text: string) => Match | null) => texts.map(match).reduce(better, null);

/** As the explanations show words: upper case, one space apart. */
const shown = (text?: string) => (text ?? '').toUpperCase().replace(/\s+/g, ' ').trim();
