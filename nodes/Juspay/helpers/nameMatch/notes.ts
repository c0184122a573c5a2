/**
 * What a name carries that says what or where the holder is, not who: a title in brackets after the name, a doctor's
 * degrees, a soldier's notes and awards, REGD and RETD, the kind of account (NRE A/C), MINOR, an address. read.ts
 * sets them aside into `dropped`, for the explanation.
 */
import { withoutDegrees, wordsOf } from './textWords';
import { BUSINESS_WORDS, LEGAL_FORMS } from './words';

const NOTE_IN_BRACKETS = /\((IAF|ARMY|NAVY|IN|ESM|EX-?\s?SERVICEMAN|EX-?\s?(?:ARMY|NAVY|IAF)|(?:TRUCK |VEHICLE )?OWNER|DRIVER|TRANSPORTER)\.?\)$/;
/**
 * Closing a name: ESM or EX-SERVICEMAN (after a comma or not), or after a rank in front and a comma a soldier's award
 * (COL RAJESH KATOCH, SM: Sena Medal; VSM, AVSM, PVSM, SC, KC, VRC); elsewhere such letters may be initials (GUPTA, SM).
 */
const NOTE_AFTER_COMMA = /(?:,\s*|\s)(ESM|EX-?\s?SERVICEMAN)\.?\s*$/;
/**
 * A rank closing the name (KAPTAN SINGH EX-NK, RAM PHAL RETD SI HARYANA POLICE, GURDEV SINGH, NB SUB (RETD), JAGIR
 * SINGH LNK, RAJBIR SINGH SGT (RETD)): after EX, RETD or a comma, or with a RETD after it, or a rank no name is (LNK,
 * HEAD CONST, NB SUB). A plain NK or SI closing a name may be initials (RAMESH NK), and SUBEDAR a surname, as NAIK
 * is before a RETD (SURESH NAIK RETD): they stay.
 */
const RANKS = 'CPO|MCPO|HAV|HAVILDAR|NK|LNK|NAIK|SUB|SUBEDAR|SEP|SEPOY|RFN|GNR|SPR|SWR|CFN|PTE|CHM|SGT|CPL|JWO|ASI|SI|HC|CONST|CONSTABLE|INSP|INSPECTOR|CAPT|LT|MAJ';
const RETIRED = '(?:RETD|RTD|RETIRED)';
const RANK = `(?:(?:NB|NAIB|L|LANCE|HONY|HEAD|SUB)[\\s./]+)*(?:${RANKS})`;
const NO_NAME = '(?:NB|NAIB|L|LANCE|HONY|HEAD)[\\s./]|(?:LNK|SEPOY|CONSTABLE|INSPECTOR|SUB[\\s.]+MAJ)\\b'; // not SUBEDAR, HAVILDAR: surnames too
const RANK_AFTER = new RegExp(
	`(?:\\s(?:EX[\\s.-]*|\\(?${RETIRED}[\\s.)]+)|,\\s*(?:EX[\\s.-]*|${RETIRED}[\\s.]+)?|\\s(?=${NO_NAME})|\\s(?=(?!NAIK)${RANK}\\b\\.?\\s*\\(?\\s*${RETIRED}))` +
		`(${RANK})\\b\\.?(?:\\s+[A-Z]+\\s+POLICE)?(?:\\s*\\(?\\s*(${RETIRED})[\\s.]*\\)?)?\\s*$`,
);
const AWARD_AFTER_COMMA = /^(?:EX[\s.-]*)?(?:COL|LT|CAPT|MAJ|MAJOR|GEN|BRIG|SUB|HAV|NK|NB|SEP|HONY|HON|CDR|WG|SQN|FLT|ADM|CMDE|SGT|RFN)\b[\s\S]*?,\s*((?:(?:PV|AV|UY|V|Y)?SM|SC|KC|VRC|MVC)(?:[\s.,]+(?:(?:PV|AV|UY|V|Y)?SM|SC|KC|VRC|MVC))*)[\s.]*$/;

/**
 * The account's kind closing a record (… SB A/C, … FAMILY PENSION A/C, … CURRENT ACCOUNT, … KCC A/C, … 15TH FC A/C):
 * which of the holder's accounts, not whose. At least one kind's word before the A/C: a lone ACCOUNT may be a firm's word.
 */
const ACCOUNT_KIND =
	/(?:\s+(?:SB|SAVINGS?|BANK|CURRENT|CC|CASH|CREDIT|OD|KCC|KISAN|CARD|FAMILY|PENSION|SALARY|STAFF|JAN|DHAN|PMJDY|BSBD|SR|SENIOR|CITIZENS?|GENERAL|FUND|RERA|COLLECTION|FD|\d+(?:ST|ND|RD|TH)?\s+FC|NR[EIO])(?=[\s-])[-\s]*)+(?:A\s*\/\s*C|ACCOUNT|ACCT)\.?\s*$/;
/** A cleric's title in front, and a religious order's letters closing the name (CMI, SJ, OFM, FCC, SABS …). */
const CLERIC = /^\s*(?:(?:MOST|RT|VERY)\s+)?(?:REV|FR|SR|SISTER|BRO|BROTHER|MSGR|MAR)\b/;
export const RELIGIOUS_ORDERS = new Set('CMI SJ OFM SVD MSFS FCC CMC SABS SD FMA OCD OSB MCBS VC MST SDB CSC MSJ SCJ OSA CSST FSMA SH'.split(' '));
/** An order's letters, dotted or spaced too (S.J., F. C. C.). */
const lettersApart = (order: string) => [...order].join('\\.?\\s?');
const ORDER_LETTERS = new RegExp(`\\s(OFM\\s?CAP|${[...RELIGIOUS_ORDERS].map(lettersApart).join('|')})\\.?\\s*$`); // OFM CAP: a Capuchin's

/**
 * An address the bank wrote after the name: a village (VILL, VPO, V.P.O., VILL & PO), a post office (POST, PO, P O, AT POST,
 * AT PO, AT & PO, Marathi's A/P and MU PO, P.O.; not a POST OFFICE, POST MASTER, POST BOX or POST HARVEST, which name a
 * body or a trade, but VILLAGE & POST OFFICE), a house (H NO, HOUSE NO), a lane or a quarter (GALI NO, MOHALLA, MOH), a
 * landmark (NEAR). VILLAGE only after a comma (RAVINDRA SINGH, VILLAGE AKBARPUR): a word of many a body's name (VILLAGE
 * COUNCIL, SPICE VILLAGE). Not NR, an initial as often, nor WARD NO or SECTOR, which number a body (MAHILA SHG WARD NO 5).
 */
const ADDRESS = /\s((?:AT|VILL(?:AGE)?|MU(?:KKAM)?\.?)(?:\s*(?:&|AND|\/|,)?\s*(?:POST(?:\s+OFFICE)?|P\.?\s?O\b\.?))|A\s?\/\s?P\b\.?|V\s*(?:&|AND)\s*P\.?\s?O\b\.?|VILL\b\.?|(?<=,\s*)VILLAGE\b|V\.?\s?P\.?\s?O\b\.?|P\.?\s?O\b\.?|POST\b(?!\s+(?:OFFICE|MASTER|BOX|HARVEST|GRADUATE)\b)\.?|H(?:OUSE)?[\s.]*NO\b\.?|GALI\s+NO\b\.?|MOH(?:ALLA)?\b\.?|NEAR)(?:[\s,]+|-(?=[A-Z]))([A-Z0-9][A-Z0-9 .,&/-]*?)[\s.,]*$/;
const ADDRESS_HINT = /VILL|POST|A\s?\/\s?P|P\.?\s?O\b|NO\b|MOH(?:ALLA)?\b|NEAR/;
/** Letters of one word that is a whole name written joined (BHANWARLAL, RAMPRASAD): a village may follow it. */
const JOINED_NAME = 6;

/**
 * `text` (upper case) split at an address closing it, after `least` words of the name, two unless a relation came first (SITA DEVI VILL RAMPUR,
 * RAJENDRA PD SINGH AT PO DIGHWARA, … NEAR BUS STAND): the name, and the address's place, which tells two holders of one
 * name apart when both names give one. The address is pushed onto `dropped` as written.
 */
export function splitAddress(text: string, dropped: string[], least = 2): [string, string | undefined] {
	if (!ADDRESS_HINT.test(text)) return [text, undefined];
	const address = ADDRESS.exec(text);
	// Two words of the name before it, not initials (V V MOHALLA CHATS is a firm's name), or before a village one long one, a
	// name written joined (BHANWARLAL VILL KUCHERA; not PANCHKULA B P O SERVICES); `least` after a relation (the holder's
	// words came before it: … W/O HARIRAM VILL AMARPURA).
	if (address === null) return [text, undefined];
	const before = wordsOf(text.slice(0, address.index)).filter((word) => word.length > 1);
	const joinedName = before.length === 1 && before[0].length >= JOINED_NAME && address[1].startsWith('V');
	if (before.length < least && !joinedName) return [text, undefined];
	// MOH is MOHALLA in the place too (… HNO 5 MOH PATHANAN = … H NO 5 MOHALLA PATHANAN).
	const place = wordsOf(address[2]).map((word) => (word === 'MOH' ? 'MOHALLA' : word)).join(' ');
	dropped.push(`${wordsOf(address[1]).join(' ')} ${place}`);
	return [text.slice(0, address.index), place];
}

/** One word in brackets with more of the name after it. */
const NICKNAME = /\(\s*([A-Z]+)\s*\)(?=\s*[A-Z])/g;
/** A word in quotes inside a name, standing alone: what the holder is called (SANDEEP 'SUNNY' SINGH); not D'SOUZA. */
const QUOTED = /(?<=^|\s)['"‘“]\s*([A-Z]+)\s*['"’”](?=\s+[A-Z])/g;

/**
 * A quarter's letter in brackets after a place is its side of town, no nickname: ANDHERI (E) MEDICAL STORES is ANDHERI
 * EAST's, and ANDHERI (W) MEDICAL STORES another shop.
 */
const QUARTERS = new Map([
	['E', 'EAST'],
	['W', 'WEST'],
	['N', 'NORTH'],
	['S', 'SOUTH'],
]);

/** `text` less the words in brackets or quotes that say what the holder is called, each pushed onto `dropped`. */
export function withoutNicknames(text: string, dropped: string[]): string {
	if (text.includes('(')) {
		text = text.replace(NICKNAME, (said: string, word: string) => {
			if (LEGAL_FORMS.has(word) || BUSINESS_WORDS.has(word)) return said;
			const quarter = QUARTERS.get(word);
			if (quarter !== undefined) return ` ${quarter} `;
			dropped.push(word);
			return ' ';
		});
	}
	if (/['"‘“]/.test(text)) text = text.replace(QUOTED, (_: string, word: string) => (dropped.push(word), ' '));
	return text;
}

/** `text` (upper case) less its notes, each pushed onto `dropped`. */
export function withoutNotes(text: string, dropped: string[]): string {
	// A title written after the name, in brackets: RAJESHWARI IYER (MRS.).
	if (text.endsWith(')')) text = text.replace(/\((MRS?|MS|MISS|SMT|SHRI|SRI|DR|KUMARI)\.?\)$/, (_, title: string) => (dropped.push(title), ' '));
	// A soldier's awards after a comma first, each its own (MAJ GEN A K SHARMA, AVSM, VSM); then degrees, services and an
	// award with no comma (BRIG … VSM (RETD)), as one.
	const award = text.includes(',') ? AWARD_AFTER_COMMA.exec(text) : null;
	if (award) {
		dropped.push(...wordsOf(award[1]));
		text = text.slice(0, award.index + award[0].length - award[1].length).replace(/[\s,.]*$/, '');
	}
	text = withoutDegrees(text, dropped);
	// A note in brackets after the name says who the holder is, not which one: (IAF), (EX-SERVICEMAN), (TRUCK OWNER).
	if (text.endsWith(')')) text = text.replace(NOTE_IN_BRACKETS, (_, note: string) => (dropped.push(note), ' '));
	if (text.includes('ESM') || text.includes('SERVICEMAN')) text = text.replace(NOTE_AFTER_COMMA, (_, note: string) => (dropped.push(note.replace(/\s/g, '')), ' '));
	if (/EX|RETD|RTD|RETIRED|,|\s(?:NB|NAIB|L|LANCE|HONY|HEAD|LNK|SEPOY|CONSTABLE|INSPECTOR|SUB)\b/.test(text)) {
		text = text.replace(RANK_AFTER, (said: string, rank: string, retired?: string) => {
			dropped.push(...wordsOf(rank), ...(retired ? [retired] : said.includes('RETD') ? ['RETD'] : []));
			return ' ';
		});
	}
	// (REGD.) or REGISTERED says a body is registered, not which one; (RETD.) that a person has retired; NRI, NRE A/C or NRO A/C the
	// kind of account; MINOR closing a person's name that the holder is a child.
	// Karnataka's (R) closing a body's name is its REGD.
	if (text.includes('(R')) text = text.replace(/\(\s*R\s*\.?\s*\)\s*$/, () => (dropped.push('REGD'), ' '));
	if (text.includes('REG') || text.includes('RETD')) text = text.replace(/\b(REGD|REGISTERED|RETD)\b/g, (said: string) => (dropped.push(said === 'REGISTERED' ? 'REGD' : said), ' '));
	if (text.includes('A/C') || text.includes('ACC')) text = text.replace(ACCOUNT_KIND, (said: string) => (dropped.push(said.trim().replace(/\s+/g, ' ')), ' '));
	if (text.includes('NR')) text = text.replace(/\(?\bNR([EIO])\b(?:\s*A\s*\/?\s*C\b)?\.?\)?/g, (_, kind: string) => (dropped.push(`NR${kind}`), ' '));
	// A religious order's letters after a priest's, a nun's or a brother's name: REV FR JOSEPH PUTHENPURACKAL CMI.
	if (CLERIC.test(text)) text = text.replace(ORDER_LETTERS, (_: string, order: string) => (dropped.push(order.startsWith('OFM') ? order : order.replace(/[\s.]/g, '')), ' '));
	if (text.includes('MINOR') || text.includes('MNR')) text = text.replace(/(?<=[A-Z]{2}[\s.]+[A-Z]{2}[A-Z\s.]*)\(?\b(?:MINOR|MNR)\)?[\s.]*$/, () => (dropped.push('MINOR'), ' '));
	return text;
}
