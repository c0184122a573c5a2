/**
 * The titles, ranks and forms of address in front of a name that reading sets aside (read.ts), and the words that are
 * titles in one name and names in another (SARDAR, MAJOR, CH., KR., a Khasi's U and KA, SRI).
 */
import { GIVEN_NAMES } from './givenNames';
import type { Name } from './read';
import { FIRM_WORDS, KHASI_CLAN, NAME_TITLES, RANK_PREFIXES, SECOND_PARTS, TITLES } from './words';

const isSikhWord = (word: string) => word === 'SINGH' || word === 'KAUR';

/** Ranks written as letters (GNR, SPR, HC, CT …): in a firm's name, its letters. */
const RANK_LETTERS = new Set(['GNR', 'SPR', 'CFN', 'PTE', 'SWR', 'RFN', 'LNK', 'NK', 'HAV', 'SEP', 'HC', 'CT', 'SI', 'ASI', 'GD', 'CLK', 'CPL', 'SGT', 'LAC', 'JWO', 'MWO', 'CHM', 'DFR', 'WHC', 'WCT', 'WSI', 'HG', 'DSP', 'DYSP', 'ACP', 'DCP']);

/** Titles that are names too still set aside inside a firm's name: a devotion (SRI, SHREE), PANDIT (PT.), CA. */
const KEPT_OUT_OF_FIRMS = new Set(['SRI', 'SHREE', 'PANDIT', 'CA']);
/** Words after a title that is a name too that make it the holder's name: KUNWAR SINGH, RAJA KUMAR, SWAMI NATHAN (SWAMINATHAN), BABY OF (a newborn). */
const NAMED_WITH = new Set(['SINGH', 'KUMAR', 'OF', 'NATHAN']);

/** Whether a firm's word is among `texts`: asked only for a title that may be a firm's word (no closure for every word). */
const hasFirmWord = (texts: string[]) => texts.some((w) => FIRM_WORDS.has(w));

/**
 * Every word isTitle may take for a title, but an EX-rank (EX-NK): the titles and ranks, and the words it reads by
 * their place. Keep it in step with isTitle. Most words are none, and are told so by one look-up.
 */
const MAYBE_TITLE = new Set([...NAME_TITLES, ...TITLES, ...RANK_PREFIXES, 'MOST', 'GP', 'MINOR', 'MAJOR', 'S', 'CH', 'KR', 'U', 'KA']);

/** A title in front (or a rank: EX-NK, L/NK): the title loop's test for the word at `i`. */
export function isTitle(texts: string[], i: number): boolean {
	const word = texts[i];
	if (!MAYBE_TITLE.has(word) && !word.startsWith('EX')) return false;
	// A rank's letters in a firm's name are the firm's letters (M/S GNR INFRA PROJECTS is not M/S SPR INFRA PROJECTS).
	if (RANK_LETTERS.has(word) && hasFirmWord(texts)) return false;
	// SARDAR is a Sikh's title (SARDAR RANJIT SINGH) and a name elsewhere (SARDAR ALI KHAN); MAJOR SINGH is a given name.
	if (word === 'SARDAR' && !texts.some(isSikhWord)) return false;
	if ((word === 'MAJOR' || word === 'CAPTAIN') && texts[i + 1] === 'SINGH') return false; // and CAPTAIN SINGH (KAPTAN SINGH)
	// SUB DIVISIONAL MAGISTRATE, SUB TEHSIL OFFICE, SUB REGISTRAR, SUB POST OFFICE: an office's level, no subedar.
	if (word === 'SUB' && /^(?:DIVISION|TEHSIL|REGISTRAR|POST|TREASURY|JAIL|CENTRE|CENTER|AREA|STATION)/.test(texts[i + 1] ?? '')) return false;
	// MOST before a name is a Bengali Muslim woman's MST (MOST NASIMA BEGUM); before a title, a bishop's (MOST REV).
	if (word === 'MOST' && i === 0 && !TITLES.has(texts[1] ?? '')) return texts.length >= 3;
	if (word === 'GP') return texts[i + 1] === 'CAPT' || texts[i + 1] === 'CAPTAIN'; // a group captain's; elsewhere a village council's letters (GP CHIKHALDA)
	// A minor's (MINOR AARAV GUPTA) and a rank, not a firm's word (MINOR IRRIGATION DIVISION, MAJOR PORT TRUST).
	if (word === 'MINOR' || word === 'MAJOR') return !hasFirmWord(texts) && (word === 'MINOR' || i + 2 < texts.length);
	// S. in front of a Sikh's given name is SARDAR (S. GURPREET SINGH); S. SINGH SANDHU is an initial.
	if (word === 'S') return i === 0 && texts.length >= 3 && !isSikhWord(texts[1]) && texts.slice(2).some(isSikhWord);
	// CH. before a Jat's name with SINGH is CHAUDHARY (CH. RAJBIR SINGH MALIK), and before a Gujjar's Muslim name (CH. MOHD
	// HUSSAIN); elsewhere a Telugu house name's initial.
	if (word === 'CH') return i === 0 && texts.length >= 3 && (texts.slice(2).includes('SINGH') || /^(?:MOHD|MD|MOH?AMM?[AE]D|MUHAMM?[AE]D|GHULAM|ABDUL)$/.test(texts[1]));
	// KR. in front of a Rajput's name with SINGH is KUNWAR (KR. VIKRAM SINGH RATHORE); elsewhere two initials (KR SURESH).
	if (word === 'KR') return i === 0 && texts.length >= 3 && texts.slice(2).includes('SINGH');
	// A Khasi's U (his) or KA (hers) before a name whose last word is a Khasi clan's (U HAMLET DOHLING); elsewhere U is an
	// initial (U SRINIVAS MALLYA: Udupi) and KA two (KA RAMESH).
	if (word === 'U' || word === 'KA') return i === 0 && texts.length >= 3 && KHASI_CLAN.test(texts[texts.length - 1]);
	// A title that is a name too, inside a firm's name, is the firm's (SHREE SWAMI SAMARTH ENTERPRISES, RANI SATI JEWELLERS,
	// BEGUM BAZAR KIRANA STORES, BHAI BHAI TRADERS); not SRI or SHREE, a devotion a firm's name may leave out, nor PANDIT
	// (PT. in front) or CA.
	if (((NAME_TITLES.has(word) && !KEPT_OUT_OF_FIRMS.has(word)) || word === 'BHAI' || word === 'FR') && hasFirmWord(texts)) return false; // and FR. for FATHER (FR MULLER MEDICAL COLLEGE)
	// SRI RAM is SRIRAM as often as Mr Ram: written together, title and word make a given name; so do RAJA, KUNWAR or
	// SARDAR before SINGH or KUMAR (KUNWAR SINGH NEGI is no RAJA SINGH NEGI); and BABY OF names a newborn by the mother.
	if (NAME_TITLES.has(word)) return i + 2 < texts.length && !GIVEN_NAMES.has(word + texts[i + 1]) && !SECOND_PARTS.has(texts[i + 1]) && !NAMED_WITH.has(texts[i + 1]);
	if (TITLES.has(word)) return true;
	if (RANK_PREFIXES.has(word)) return TITLES.has(texts[i + 1]) && i + 2 < texts.length;
	return word.startsWith('EX') && TITLES.has(word.slice(2));
}

/**
 * Titles that say what a holder does or did: a profession's, or a rank in the forces or the police. Two names that
 * each carry such titles and share none (DR / ADV, EX HAV / EX SUB, COL / HAV) may be two people of one name (or
 * one promoted since the bank wrote the record): a person looks. A title on one side only says nothing.
 */
const CALLINGS = new Set([
	'DR', 'ADV', 'CA', 'ER', 'PROF',
	'GEN', 'LT', 'COL', 'BRIG', 'MAJ', 'CAPT', 'CDR', 'WGCDR', 'SUB', 'NB', 'HAV', 'NK', 'LNK', 'SEP', 'SGT', 'CPL', 'JWO', 'MWO', 'LAC',
	'GNR', 'SPR', 'CFN', 'PTE', 'SWR', 'RFN', 'INSPECTOR', 'SI', 'ASI', 'HC', 'CT', 'DSP', 'DYSP', 'ACP', 'DCP',
]);

/** A calling's title written out, as its short form. */
const WRITTEN_OUT = new Map([['ADVOCATE', 'ADV'], ['PROFESSOR', 'PROF'], ['COMMANDER', 'CDR']]);

/** "titles differ: DR / ADV" when both names carry a calling's titles and share none. */
export function callingsDiffer(a: Name, b: Name): string | undefined {
	// A rank written out in words is its letters: L/NK (read L, NK) is LNK, SUB INSPECTOR SI, HEAD CONSTABLE HC, ADVOCATE ADV.
	// Most names carry no title: nothing to read then.
	const callings = (name: Name) => {
		if (!name.words.some((w) => w.optional)) return [];
		return name.words
			.filter((w) => w.optional)
			.map((w) => w.text)
			.join(' ')
			.replace(/\bL NK\b/g, 'LNK')
			.replace(/\b(A(?:SST|SSISTANT)? )?SUB INSPECTOR\b/g, (_: string, assistant?: string) => (assistant ? 'ASI' : 'SI'))
			.replace(/\bHEAD CONSTABLE\b/g, 'HC')
			.replace(/\bWG CDR\b/g, 'WGCDR') // an air force wing commander, no navy commander
			.replace(/\b(?:ADVOCATE|PROFESSOR|COMMANDER)\b/g, (title: string) => WRITTEN_OUT.get(title) ?? title)
			.split(' ')
			.filter((title) => CALLINGS.has(title));
	};
	const x = callings(a);
	if (x.length === 0) return undefined;
	const y = callings(b);
	if (y.length === 0 || x.some((title) => y.includes(title))) return undefined;
	return `titles differ: ${x.join(' ')} / ${y.join(' ')}`;
}

/** A married woman's titles, and an unmarried one's (SELVI: Tamil's Miss). */
const MARRIED = new Set(['SMT', 'SMTI', 'SHRIMTI', 'MRS', 'SHRIMATI', 'SHRIMATHI', 'SHREEMATI', 'SRIMATI', 'SRIMATHI', 'TMT', 'THIRUMATHI', 'SOW', 'SAU', 'SOU', 'SOWBHAGYAVATHI', 'SOUBHAGYAVATHI', 'SAUBHAGYAVATI', 'SOUBHAGYAVATI']);
const UNMARRIED = new Set(['KUMARI', 'KU', 'KUM', 'KM', 'MISS', 'SUSHRI', 'SELVI']);

/**
 * "titles differ: SMT / KUMARI" when one name carries a married woman's title and the other an unmarried one's: she may
 * have married since, or they are a mother and a daughter of one name (SMT PUSHPA JAIN / KUMARI PUSHPA JAIN). MS says
 * neither.
 */
export function marriedAndUnmarried(a: Name, b: Name): string | undefined {
	const title = (name: Name, titles: Set<string>) => name.words.find((w) => w.optional && titles.has(w.text))?.text;
	const [married, unmarried] = [title(a, MARRIED), title(b, UNMARRIED)];
	if (married && unmarried) return `titles differ: ${married} / ${unmarried}`;
	const [hers, miss] = [title(a, UNMARRIED), title(b, MARRIED)];
	return hers && miss ? `titles differ: ${hers} / ${miss}` : undefined;
}
