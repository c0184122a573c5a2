/**
 * A short form a bank writes for a woman's word after her given name (PRIYANKA KR, SASMITA KU., HARPREET KR): read as
 * hers only after a name a woman bears; after a man's it is his KUMAR. Split from sexes.ts, whose checks it shares.
 */
import { wordPairsBothWays, type Pair } from './pair';
import type { Name } from './read';
import { EITHER_SEX, herMs, womansTitle } from './sexes';
import { isWomansName as isWomans } from './words';

/** Punjabi given names men and women both bear: GURPREET, HARJEET, RAJINDER, KULWANT, JASDEEP, NAVJOT … */
const EITHERS_PUNJABI = /(?:PREET|JEET|JIT|INDER|WANT|DEEP|MEET|JOT|NEET|VIR|BIR|PAL|KIRAN)$/;
/** The women's words KR stands for (KU only for KUMARI). */
const HERS_AS_KR = new Set(['KUMARI', 'KANWAR', 'KAUR']);

const shortForm = (pair: Pair) => pair.kind === 'short form';

/**
 * KR for KUMARI, a Rajput woman's KANWAR or a Sikh woman's KAUR, and an Odia KU. for KUMARI, only after a woman's name
 * (PRIYANKA KR, PUSHPA KR SHEKHAWAT, SASMITA KU PARIDA), or for KAUR after a Punjabi name women bear too (HARPREET KR):
 * KIRAN KR against KIRAN KUMARI, VIJAY KR against VIJAY KANWAR, RAJESH KR against RAJESH KAUR, is a man's KUMAR.
 */
export function kumarForKumari(a: Name, b: Name, pairs: Pair[]): string | undefined {
	const ku = kuBothPlaces(a, b, pairs);
	if (ku !== undefined) return ku;
	if (!pairs.some(shortForm)) return undefined; // most pairings have no short form: no generator to start then
	for (const [kr, kumari, name] of wordPairsBothWays(a, b, pairs, 'short form')) {
		const given = name.words[kr.index - 1];
		// A woman's title before the KR says whose it is (SMT SUGAN KR BHATI); one on the other side only does not.
		// So against KUMAR, a man's, it is hers (MS KIRAN KR VERMA / KIRAN KUMAR VERMA).
		if ((womansTitle(name) || herMs(name)) && kr.text === 'KR' && kumari.text === 'KUMAR') return `a man's and a woman's: ${name === a ? 'KR / KUMAR' : 'KUMAR / KR'}`;
		if (womansTitle(name)) continue;
		const hers = kr.text === 'KR' ? HERS_AS_KR.has(kumari.text) : kr.text === 'KU' && kumari.text === 'KUMARI';
		if (!hers || !given) continue;
		// A name men bear too, whatever its ending (ASHWINI KR: ASHWINI KUMAR is a man's name): KR or KU for KUMARI may be
		// either's (kumariAfterEitherSex); KR for KANWAR or KAUR is his KUMAR (PREM KR / PREM KANWAR).
		if (EITHER_SEX.has(given.text) && kumari.text === 'KUMARI') continue;
		const hersToo = ((isWomans(given.text) || /[AI]$/.test(given.text)) && !EITHER_SEX.has(given.text)) || (kumari.text === 'KAUR' && EITHERS_PUNJABI.test(given.text));
		if (!hersToo) return `a man's and a woman's: ${name === a ? `${kr.text} / ${kumari.text}` : `${kumari.text} / ${kr.text}`}`;
	}
	return undefined;
}

/**
 * KR or KU against KUMARI after a given name men and women both bear (SHASHI KU / SHASHI KUMARI, ASHWINI KR / ASHWINI
 * KUMARI): hers, or a man's KUMAR. Not said to be two people, nor paid: judge.ts reads it as a reason to look first.
 */
export function kumariAfterEitherSex(a: Name, b: Name, pairs: Pair[]): string | undefined {
	if (!pairs.some(shortForm)) return undefined;
	for (const [kr, kumari, name] of wordPairsBothWays(a, b, pairs, 'short form')) {
		const given = name.words[kr.index - 1];
		if (given === undefined || womansTitle(name) || !EITHER_SEX.has(given.text) || kumari.text !== 'KUMARI' || (kr.text !== 'KR' && kr.text !== 'KU')) continue;
		return `${given.text} is a man's name too: ${kr.text} may be KUMAR`;
	}
	return undefined;
}

/**
 * KU. in front is KUMARI, a woman's title; after a given name that is no woman's it is his KUMAR: KU SUMAN NAYAK is
 * no SUMAN KU NAYAK, though the words are the same (after a woman's name both are hers: KU SASMITA PARIDA).
 */
function kuBothPlaces(a: Name, b: Name, pairs: Pair[]): string | undefined {
	for (const pair of pairs) {
		const [x, y] = [pair.a[0], pair.b[0]];
		if (pair.kind !== 'same' || x.text !== 'KU' || x.optional === y.optional) continue;
		const [body, name] = x.optional ? [y, b] : [x, a];
		const given = name.words[body.index - 1];
		if (given !== undefined && !given.optional && !isWomans(given.text) && !/[AI]$/.test(given.text)) return `a man's and a woman's: ${x.optional ? 'KU. / KU' : 'KU / KU.'}`;
	}
	return undefined;
}
