/** One and many of what a firm is named after (PALM BEACH HOTEL / PALMS BEACH HOTEL): pair.ts pairs them, judge.ts asks a person to look. */
import { GIVEN_NAMES } from './givenNames';
import { wordPairsBothWays, type Pair } from './pair';
import type { Name } from './read';
import { FIRM_WORDS } from './words';

/**
 * The goods a firm deals in and the people it serves, one in either number (BANGLE / BANGLES UDYOG, FARMER / FARMERS
 * PRODUCER CO, WOMEN / WOMENS SHG): the same firm written two ways.
 */
const GOODS = new Set(
	`AGENT FARMER GROWER WOMEN FISHERMEN PENSIONER MEMBER EMPLOYEE WORKER BANGLE TOOL CASHEW GRAPE MATERIAL FLOWER HAND BAKERY
	CONFECTIONERY TOUR BATTERY GOLD SILVER METAL WHEEL DIAMOND TYRE PAINT STEEL CEMENT FABRIC SPICE DIGITAL AUTO JEWEL
	PRODUCT CHEMICAL PLASTIC POLYMER FERTILISER SEED GARMENT TEXTILE MEDICINE DRUG SURGICAL OPTICAL ELECTRICAL ELECTRONIC SWEET`.split(/\s+/),
);

/** Names and business words that are things a firm is named after too (RED ROSE / RED ROSES CATERERS, GEM / GEMS JEWELLERS). */
const THINGS_TOO = new Set(['ROSE', 'LILY', 'PEARL', 'JASMINE', 'DAISY', 'RUBY', 'STAR', 'GEM']);

/**
 * What a firm is named after against its plural (BLUE HILL / BLUE HILLS, ROYAL OAK / ROYAL OAKS, TIGER / TIGERS): two
 * firms as often as one (10, 10, 18 and 13 of four red teams' 80 different firms were paid, 5 of the 18 named after their
 * goods; a list of things missed the last 13). Not a business word, the goods it deals in or a name: those are one in either number (AGENT / AGENTS, DAS /
 * DASS, a possessive DR REDDYS). Cost: a place or a name in the plural with no 'S is held too (NILGIRIS, IYENGARS).
 */
export function oneAndMany(a: Name, b: Name, pairs: Pair[]): string | undefined {
	if (!a.business && !b.business) return undefined;
	for (const [one, many, name] of wordPairsBothWays(a, b, pairs, 'spelling')) {
		if (one.text.length >= many.text.length) continue;
		const plural = many.text === `${one.text}S` || (one.text.endsWith('Y') && many.text === `${one.text.slice(0, -1)}IES`);
		// Not a place listed in both forms (PANCHMAHAL / PANCHMAHALS, one district).
		if (!plural || one.text.endsWith('S') || GOODS.has(one.text) || one.spelled === many.spelled) continue;
		// A name's possessive, written with its 'S on one side (DR. REDDY'S / DR REDDYS), or a name's or a business word's with none.
		const own = FIRM_WORDS.has(one.text) || FIRM_WORDS.has(many.text) || GIVEN_NAMES.has(one.text);
		if (a.possessives?.includes(one.text) || b.possessives?.includes(one.text) || (own && !THINGS_TOO.has(one.text))) continue;
		return `one and many: ${name === a ? `${one.written} / ${many.written}` : `${many.written} / ${one.written}`}`;
	}
	return undefined;
}
