import { ORGANISATION_WORDS } from './organisations';

/**
 * The word lists the name matcher knows. Each list is what a form and a bank
 * record write differently for the same holder, but one: the different names
 * the spelling rules would take for one (DISTINCT_NAME_PAIRS).
 */

/** Titles, dropped in front of a name ("KUMARI" may also be a surname, so only in front). */
export const TITLES = new Set([
	// MSTR: Master, a boy's; SRIJUT: Assamese for Mr.
	'MR', 'MRS', 'MS', 'MISS', 'MASTER', 'MSTR', 'SRIJUT', 'SH', 'SHK', 'SHRI', 'SHREE', 'SRI', 'SMT', 'SHRIMATI', 'SHRIMATHI', 'SHREEMATI', 'SRIMATHI', 'GELONG', 'GELONGMA', 'VEN', 'GESHE', 'SHRIMAN', 'KUM',
	'KUMARI', 'KU', 'DR', 'PROF', 'MX', 'ADV', 'CAPT', 'COL', 'LT', 'MAJ', 'GEN', 'BRIG', 'CDR', 'ER', 'TMT', 'THIRU',
	// LATE in Hindi (DIVANGAT, SWARGIYA), Marathi (KAI.), Urdu (MARHOOM, MARHOOMA) and in full (DECEASED, DECD in front).
	'KAI', 'DIVANGAT', 'SWARGIYA', 'SWARGIY', 'MARHOOM', 'MARHOOMA', 'MARHUM', 'MARHUMA', 'DECEASED', 'DECD',
	'LATE', 'SRIMATI', 'THIRUMATHI', 'SHRIMANT', 'SARDAR', 'JANAB', 'REV', 'REVD', 'FR', 'PASTOR', 'NAWAB', 'BAH', 'KONG', 'SAU', 'KM', // Khasi: Bah (Mr), Kong (Ms); Marathi: Sau.; Km.: Kumari
	'HAJI', 'HAJEE', 'HAJIANI', 'HAJIYANI', 'BIBI', // Muslim: Haji, Hajiani (one who made the Hajj); Sikh: Bibi (Mrs); BIBI after a name is part of it
	// A Shia honorific in Kashmir: AGHA SYED BAQIR RIZVI; a Sikh's in front: BHAI GURDIAL SINGH; Karen (Andaman): NAW a
	// woman's, SAW a man's.
	'AGHA', 'BHAI', 'NAW', 'SAW', 'MAULANA', 'MOULANA', // and a Muslim scholar's: MAULANA KALBE ABBAS
	'ALHAJ', 'ERVAD', // a Bohra or Khoja Muslim's who made the Hajj; a Parsi priest's (ERVAD KAIKHUSHRU DASTUR)
	'PT', 'SARDARNI', 'JT', 'PU', 'PI', 'BAISA', // Pandit, a priest's title: PT. RAMESH PANDEY; a Sikh woman's; joint holders (JT.); Mizo Mr, Mrs; a Rajput woman's
	// Religious and courtly titles in front (names too, so only before two words: NAME_TITLES): SADHVI, PUJARI, a Sikh scholar's GIANI, a
	// Muslim scholar's MAULVI, a Christian brother's or father's, SANT, BABA, MAHANT; RAJA, RANI, KUNWAR, THAKUR,
	// MIRZA, NAWABZADA, BEGUM, RANI SAHIBA; a chartered accountant's CA.
	'SADHVI', 'PUJARI', 'MAULVI', 'MOULVI', 'BRO', 'BROTHER', 'FATHER', 'SANT', 'GIANI', 'BABA', 'MAHANT', 'RAJA', 'RANI', 'KUNWAR',
	'THAKUR', 'MIRZA', 'NAWABZADA', 'BEGUM', 'SAHIBA', 'CA',
	'BHANTE', 'BHIKKHU', // a Buddhist monk's, never a name (BHANTE DHAMMAPALA, a monk of one name, is DHAMMAPALA)
	'ARULMIGU', // a Tamil temple's: ARULMIGU KAPALEESWARAR TEMPLE
	'KALAIMAMANI', 'KAVIGNAR', // Tamil Nadu's award to artists, a poet's: KALAIMAMANI R CHITRA, KAVIGNAR N MUTHULINGAM
	'BRAHMASHRI', 'BRAHMASRI', 'BRAHMASREE', 'VIDWAN', 'VIDVAN', 'VIDUSHI', 'VEDAMURTHY', // a Vedic scholar's, a musician's (VEDAMURTHY, VIDWAN: NAME_TITLES)
	'MME', 'MLLE', 'SMTI', 'SHRIMTI', // Puducherry's French: Madame, Mademoiselle; SMTI: Smt. as the North-East writes it; SHRIMTI: Punjab's
	'MSGR', 'MONSIGNOR', // a Catholic monsignor's
	'SUSHRI', 'SOUBHAGYAVATHI', 'SOWBHAGYAVATHI', 'SAUBHAGYAVATI', 'SOUBHAGYAVATI', // a woman's: Sushri; Telugu Sowbhagyavathi (SOW.), Marathi Saubhagyavati (SOU.)
	'CHI', 'SOW', 'MOHTARMA', // Marathi: Chi. (Chiranjeev), a young man's; Telugu: Sow. (Sowbhagyavathi), Urdu: Mohtarma, a woman's
	'AAYU', 'AYU', 'AYUSHMAN', 'AYUSHMATI', // an Ambedkarite Buddhist's in Maharashtra: Aayu. (Ayushman, Ayushmati)
	'UPA', 'KOHHRAN', // a Mizo church elder's: UPA, KOHHRAN UPA
	'ADVOCATE', 'PROFESSOR', 'COMMANDER', // ADV, PROF and CDR written out
	'SOU', 'SR', 'SISTER', 'MST', 'MUSAMMAT', 'MOSAMMAT', 'MOSAMAT', 'MOSST', 'AR', // Marathi: Sou. (as Sau.); a nun: Sr., Sister; Musammat (a Muslim woman; MOSST. as Bengal writes it); Ar.: architect
	// Ranks an ex-serviceman's or a pensioner's account may keep or drop: HAV. GURPREET SINGH, NB SUB TUKARAM SHINDE.
	'HAV', 'HAVILDAR', 'SUB', 'SUBEDAR', 'NK', 'LNK', 'LANCE', 'NAIK', 'SEP', 'SEPOY', 'RFN', 'RIFLEMAN', 'HONY', 'HON', 'HONORARY', 'MAJOR',
	'SGT', 'SERGEANT', 'CPL', 'CORPORAL', 'LAC', 'JWO', 'MWO', 'SWR', 'SOWAR', 'GNR', 'GUNNER', 'SPR', 'SAPPER', 'SIGMN',
	'SIGNALMAN', 'CFN', 'CRAFTSMAN', 'PTE', 'RISALDAR', 'DFR', 'DAFADAR', 'CHM', 'CQMS', 'RQMS', 'CAPTAIN', 'COLONEL',
	'BRIGADIER', 'LIEUTENANT', 'LIEUT', 'CMDE', 'COMMODORE', 'ADM', 'ADMIRAL', 'SQN', 'LDR', 'WG', 'FLT', 'OFFR', 'GP',
	// A policeman's: HC (head constable), ASI, SI, CONST, CT/GD (a constable, general duty), INSP; a clerk's trade (HAV/CLK), RIS (risaldar).
	'HC', 'ASI', 'SI', 'CONST', 'CONSTABLE', 'CT', 'GD', 'INSP', 'INSPECTOR', 'CLK', 'RIS', 'WHC', 'WCT', 'WSI', // WHC, WCT, WSI: a woman's
	'HG', // a home guard's: HG RAMVRIKSH CHAUHAN
	'DSP', 'DYSP', 'ACP', 'DCP', // a deputy superintendent's, an assistant or deputy commissioner's of police
	'MUFTI', 'QARI', 'USTAD', 'USTAAD', 'USTHAD', // a Muslim scholar's, a Quran reciter's, a teacher's (MUFTI and USTAD are family names too: NAME_TITLES)
	'CPO', 'MCPO', // the navy's: chief petty officer, master chief petty officer (PO and LS may be initials)
	'HAKIM', 'HAKEEM', 'VAIDYAN', 'VAIDYAR', 'ASHTAVAIDYAN', // a Unani physician's, a Kerala Ayurvedic one's (names too: NAME_TITLES)
	'MUNISHRI', 'ARYIKA', // a Jain monk's, a Jain nun's (MUNI only before a title: RANK_PREFIXES)
	'ANI', 'JETSUNMA', 'KHENPO', // a Tibetan Buddhist nun's, an abbot's (ANI a name too: NAME_TITLES)
	'PADMASHRI', 'PADMASREE', // a national honour written in front (PADMASHRI MOHAN LAL KUMHAR; a woman's name too: NAME_TITLES)
	'GURUJI', 'YOGACHARYA', 'SENSEI', 'COACH', 'PEHLWAN', 'PAHALWAN', // a teacher's, a yoga teacher's, a coach's, a wrestler's (PEHLWAN a family name too: NAME_TITLES; not MIAN, a Kashmiri family name written first or last)
]);

/** Titles that are also names (CHAUDHARY is a surname too): a title only with two words or more after it. */
export const NAME_TITLES = new Set([
	'CHAUDHARY', 'CHOUDHARY', 'CHAUDHRY', 'SELVI', 'SARDAR', 'MAJOR', 'SRI', 'SHREE', 'HAJI', 'HAJEE', 'KUMARI', 'BIBI',
	'NAWAB', 'PANDIT', 'ACHARYA', 'SWAMI', 'AGHA', 'BABY', 'HAFIZ', // BABY ANAYA SHARMA, a minor's; BABY KUMARI is a name
	'MAR', // a Syrian Christian bishop's: MAR GEORGE ALENCHERRY
	'SADHVI', 'PUJARI', 'BROTHER', 'FATHER', 'SANT', 'GIANI', 'BABA', 'MAHANT', 'RAJA', 'RANI', 'KUNWAR', 'THAKUR', 'MIRZA', 'BEGUM', 'SAHIBA', 'CA',
	'MULLA', // a Bohra's title: MULLA TAHER SAIFUDDIN BOOKWALA
	'MUFTI', 'QARI', 'USTAD', 'USTAAD', 'USTHAD', // MUFTI MOHD SIRAJUDDIN QASMI; MEHBOOBA MUFTI's is her family's name
	'VEDAMURTHY', 'VIDWAN', 'VIDVAN', // VEDAMURTHY NARASIMHA BHAT; VEDAMURTHY alone is a Kannada name
	'HAKIM', 'HAKEEM', 'VAIDYAN', 'VAIDYAR', 'ASHTAVAIDYAN', // HAKIM ALI and HAKIM SINGH are names (not VAIDYA: a Marathi surname, often first)
	'PEHLWAN', 'PAHALWAN', 'ANI', 'PADMASHRI', 'PADMASREE',
	'MAST', // a boy's Master, short (MAST AARAV SHARMA); MAST RAM is a name
]); // SELVI (Tamil: Miss), SARDAR KHAN, MAJOR SINGH, SRI CHAND, HAJI ALI, KUMARI SELJA, SWAMINATHAN are names as well

/** What follows a man's DEVI: DEVI PRASAD, DEVI DAYAL, DEVI LAL. */
export const MANS_AFTER_DEVI = /^(?:PRASAD|DAYAL|DUTT|DATT|CHARAN|SAHA[IY]|SHANKAR|LAL)$/; // not DAS nor SINGH: SHANTI DEVI DAS and RAJKUMARI DEVI SINGH are women's names and a surname
/** A Hindi or Urdu compound given name's second part: after a title that is a name too, it makes the given name (SWAMI PRASAD, NAWAB ALI, SANT RAM, RANI BALA). */
export const SECOND_PARTS = new Set(['PRASAD', 'DAYAL', 'NATH', 'SHARAN', 'CHARAN', 'DEEN', 'DIN', 'SAHAI', 'NARAYAN', 'NARAIN', 'LAL', 'CHAND', 'KISHORE', 'PAL', 'DAS', 'ALI', 'BABU', 'RAM', 'BALA']);

/** Words that are a rank's first part only before one (L/NK, NB SUB, EX HAV); alone, L is an initial. */
export const RANK_PREFIXES = new Set(['L', 'LANCE', 'NB', 'NAIB', 'EX', 'MOST', 'RT', 'VERY', 'W', 'HEAD', 'LADY', 'MAHILA', 'MUNI']); // and a bishop's MOST REV., RT. REV., VERY REV.; a woman constable's W/CT, LADY CT, MAHILA CONSTABLE; a HEAD CONSTABLE; a Jain monk's MUNI SHRI (MUNI DEVI is a name)

/**
 * The lists below are Maps, not objects: a miss is the common case (most
 * words are none of these), and a Map answers it fastest, with no prototype.
 */

/** Short forms a bank or a person writes for a whole word: the word it stands for. */
export const SHORT_FORMS = new Map<string, string[]>(Object.entries({
	MD: ['MOHAMMAD'],
	MO: ['MOHAMMAD'], // Bihar and UP: MO. SHAHID
	MOHD: ['MOHAMMAD'],
	MHD: ['MOHAMMAD'],
	KR: ['KUMAR', 'KUMARI', 'KANWAR', 'KAUR'], // KUMARI only after a woman's name (sexes.ts): KIRAN KR is no KIRAN KUMARI; a Rajput woman's KANWAR; a Sikh woman's KAUR (HARPREET KR)
	KMR: ['KUMAR', 'KUMARI'], // as KR: DEU KMR ADHIKARY is DEU KUMARI ADHIKARI
	BD: ['BAHADUR'], // Nepali and Gorkha: RAMESH BD THAPA
	SW: ['SWAMI'], // SW. ATMAPRAKASH SARASWATI: a sannyasi's SWAMI
	BK: ['BISHWAKARMA'], // Nepali: HARI BK, as Nepal writes BISHWAKARMA (and B.K.: pair.ts)
	LKR: ['LONGKUMER'], // Ao Naga: SENTIMEREN LKR
	KSH: ['KSHETRIMAYUM'], // a Meitei family name as its first letters: KSH. RAJEN SINGH
	PD: ['PRASAD'],
	MG: ['MAUNG'], // Karen and Burmese: SAW THEIN MG
	NR: ['NARAYAN'], // Bihar: AWADHESH NR MISHRA
	PRD: ['PRASAD'],
	PR: ['PRASAD'], // Odia and Bihar: RAJENDRA PR. JENA
	CH: ['CHANDRA', 'CHAND'],
	CHD: ['CHANDRA', 'CHAND'],
	SK: ['SHAIKH'],
	GH: ['GHULAM'],
	KU: ['KUMAR', 'KUMARI'], // Odia: PRADEEP KU. BEHERA, SASMITA KU. PARIDA (KUMARI only after a woman's name, as KR; in front, KU. is Kumari: a title)
	ST: ['SAINT', 'STREET'],
	AB: ['ABDUL'], // Kashmiri: AB. RASHID, ABD. RASHID, NAZIR AH. WANI
	ABD: ['ABDUL'],
	SR: ['SENIOR'],
	SAM: ['SAMUEL'], // SAM MATHEW: what Samuel is called, and as a bank's record may keep it
	MINOO: ['MINOCHER', 'MINOO'], // Parsi: what Minocher is called, and a name of its own (MINU)
	TONY: ['ANTHONY'], // TONY FERNANDES: what Anthony is called (ANTONY is ANTHONY's spelling)
	// What English given names are called, as a form may have them: BOB PINTO is ROBERT PINTO's; a name of its own too where
	// Indians bear it so (BETTY, TOM).
	BOB: ['ROBERT'], BILL: ['WILLIAM'], BILLY: ['WILLIAM'], BETTY: ['ELIZABETH', 'BETTY'], LIZ: ['ELIZABETH'], JOE: ['JOSEPH'],
	DICK: ['RICHARD'], JIM: ['JAMES'], KATHY: ['CATHERINE'], MAGGIE: ['MARGARET'], PEGGY: ['MARGARET'], MIKE: ['MICHAEL'],
	NICK: ['NICHOLAS'], STEVE: ['STEPHEN'], SUE: ['SUSAN'], TOM: ['THOMAS', 'TOM'],
	JR: ['JUNIOR'],
	THR: ['THROUGH', 'BY'], // an heir's or attorney's account: LATE RAMESH SHARMA THR LR SUNITA SHARMA, … BY POA …
	THRU: ['THROUGH'],
	AH: ['AHMAD'],
	BDR: ['BAHADUR'], // Nepali-Indian: BHIM BDR GURUNG
	DATTU: ['DATTATRAY'], // Marathi: the father's name DATTATRAY, as it is called
	HZ: ['HAZRAT'], // a saint's title: DARGAH HZ NIZAMUDDIN AULIYA
	CHH: ['CHHATRAPATI'], // Marathi: CHH. SHAHU MAHARAJ, CHH. SAMBHAJI NAGARI SAHAKARI PATSANSTHA
	LO: ['LOKMANYA'], // Marathi: LO. TILAK NAGARI SAHAKARI PATSANSTHA
	// A locality's words as an address writes them short: CHARNI RD, RAJOURI GDN, DEF COL, SAFDARJUNG ENCL, LAJPAT NGR.
	RD: ['ROAD'],
	NGR: ['NAGAR'],
	AVE: ['AVENUE'],
	GDN: ['GARDEN'],
	COL: ['COLONY'],
	DEF: ['DEFENCE'],
	ENCL: ['ENCLAVE'],
	EXTN: ['EXTENSION'],
	// A village's KHURD and KALAN, as a record with no VILL writes them (GRAM BAMHORI KLN, … S/O DHARAM PAL BHAINSWAL KLN).
	KHD: ['KHURD'],
	KLN: ['KALAN'],
	// A shop's trade as its board writes it short (SAGAR VEG HOTEL, MAHAVIR HW MART, SHAH ELEC AND HW).
	VEG: ['VEGETABLE', 'VEGETABLES', 'VEGETARIAN'],
	HW: ['HARDWARE'],
	ELEC: ['ELECTRICALS', 'ELECTRICAL', 'ELECTRIC', 'ELECTRONICS'],
	// Old English short forms an Anglo-Indian, Goan or Kerala record may keep: CHAS. PEREIRA, JAS. D'CRUZ, THOS.
	// RODRIGUES, WM. GOMES, GEO. KURIAN.
	CHAS: ['CHARLES'],
	GEO: ['GEORGE'],
	JAS: ['JAMES'],
	THOS: ['THOMAS'],
	WM: ['WILLIAM'],
}));

/** Short forms written as letters apart too (B. K. BISHWAKARMA, as Nepal writes it); others' letters are initials (M. D., K. R.). */
export const LETTERED_SHORT_FORMS = new Set(['BK']);

/** How a business name's abbreviations are written in full, so both are one word. */
export const BUSINESS_FORMS = new Map<string, string>(Object.entries({
	PVT: 'PRIVATE', PRIV: 'PRIVATE', LTD: 'LIMITED', LTDS: 'LIMITED', CO: 'COMPANY', CORP: 'CORPORATION', COLLN: 'COLLECTION',
	INC: 'INCORPORATED', BROS: 'BROTHERS', BROTHER: 'BROTHERS', ENTERPRISE: 'ENTERPRISES', ENT: 'ENTERPRISES',
	ENTP: 'ENTERPRISES', INDUSTRY: 'INDUSTRIES', INDS: 'INDUSTRIES', ASSOCIATE: 'ASSOCIATES', ASSOC: 'ASSOCIATES',
	AGENCY: 'AGENCIES', SERVICE: 'SERVICES', SVCS: 'SERVICES', SOLUTION: 'SOLUTIONS', TRADER: 'TRADERS',
	MFG: 'MANUFACTURING', ENGG: 'ENGINEERING', ENGRG: 'ENGINEERING', INTL: 'INTERNATIONAL', MKTG: 'MARKETING',
	TECHNOLOGY: 'TECHNOLOGIES', TRDG: 'TRADING', AGY: 'AGENCIES', CORPN: 'CORPORATION', COOP: 'COOPERATIVE',
	SOC: 'SOCIETY', STEEL: 'STEELS', ESTATE: 'ESTATES', CONSTRUCTION: 'CONSTRUCTIONS', CENTER: 'CENTRE',
	FAB: 'FABRICATION', AUTO: 'AUTOMOBILES', AUTOMOBILE: 'AUTOMOBILES', MED: 'MEDICALS', MEDICAL: 'MEDICALS',
	FERTILIZERS: 'FERTILISERS', FERTILIZER: 'FERTILISERS', FERTILISER: 'FERTILISERS',
	DEPO: 'DEPOT', ENTPS: 'ENTERPRISES',
	NIYAMITHA: 'LIMITED', NIYAMITA: 'LIMITED', NIYAMIT: 'LIMITED', // Kannada and Hindi for Ltd (a co-operative's)
	// A number written as a digit (KRISHNA 2 WHEELERS).
	1: 'ONE', 2: 'TWO', 3: 'THREE', 4: 'FOUR', 5: 'FIVE', 6: 'SIX', 7: 'SEVEN', 8: 'EIGHT', 9: 'NINE',
	'1ST': 'FIRST', '2ND': 'SECOND', '3RD': 'THIRD', '4TH': 'FOURTH', '5TH': 'FIFTH', '6TH': 'SIXTH', '7TH': 'SEVENTH', '8TH': 'EIGHTH', '9TH': 'NINTH',
}));

/** Legal forms: which kind of entity, not which one. */
export const LEGAL_FORMS = new Set(['PRIVATE', 'LIMITED', 'LLP', 'HUF', 'INCORPORATED', 'OPC', 'INDIA']);

/** Each legal form's short forms (PRIVATE: PVT, PRIV): a bank's cut may leave part of one (PV). */
export const LEGAL_SHORT_FORMS = new Map<string, string[]>();
for (const [short, full] of BUSINESS_FORMS) if (LEGAL_FORMS.has(full)) LEGAL_SHORT_FORMS.set(full, [...(LEGAL_SHORT_FORMS.get(full) ?? []), short]);

/** Words that make a name a business's (with the legal forms and M/S). */
export const BUSINESS_WORDS = new Set([
	...BUSINESS_FORMS.values(), 'SONS', 'TRUST', 'SOCIETY', 'FOUNDATION', 'WORKS', 'MILLS', 'EXPORTS',
	'IMPORTS', 'TEXTILES', 'MOTORS', 'FOODS', 'LOGISTICS', 'TRANSPORT', 'ELECTRICALS', 'ELECTRONICS', 'MEDICALS',
	'JEWELLERS', 'CATERERS', 'BUILDERS', 'DEVELOPERS', 'STORES', 'CONSULTANCY', 'INFOTECH', 'SOFTECH', 'PHARMA',
	'HOSPITAL', 'CLINIC', 'TRADING', 'AGRO', 'STEEL', 'CONSTRUCTIONS', 'ASSOCIATION', 'CENTRE', 'CENTER', 'DRUGS',
	'PRESS', 'PRINTERS', 'AUTOMOBILES', 'MEDICALS', 'FABRICATION', 'FABRICATORS', 'DISTRIBUTORS', 'PHARMACEUTICALS',
	'PHARMACY', 'HARDWARE', 'FURNITURE', 'GARMENTS', 'CHEMICALS', 'FERTILISERS', 'PLASTICS', 'POLYMERS', 'PRODUCTS',
	'INSTITUTE', 'EDUCATIONAL', 'CHARITABLE', 'WELFARE', 'SUPPLIERS', 'MERCHANTS', 'TRAVELS', 'HOTEL', 'RESTAURANT', 'MAKERS', 'DECORATORS',
	// Schools, self-help groups and other bodies (and organisations.ts).
	'SAMUH', 'SHG', 'JLG', 'BHAVAN', 'BHAWAN', 'MESS', 'BHOJANALAYA', 'HOUSE', 'TEX', 'KNIT', 'ORCHARDS', 'KITCHENS', 'STORAGE', 'PRINTS', 'SPICES', 'BASTRALAYA', 'XEROX', 'VEGETABLE', 'VEGETABLES', ...ORGANISATION_WORDS,
]);


/** Words that start a given name and are never a surname: written elsewhere, they make another person (DIN MOHAMMAD / MOHAMMAD DIN). */
export const GIVEN_NAME_PREFIXES = new Set(['MOHAMMAD']);

/** Common words that also start a given name: a two-word name swapped around one is another person (MOHAN LAL / LAL MOHAN). */
export const SWAPPED_GIVEN_NAMES = new Set(['LAL', 'KUMAR', 'CHAND', 'CHANDRA']);

/**
 * Tibetan, Ladakhi, Sherpa and Bhutia given names: a name of two of them has no surname, and swapped it is another
 * person (TSERING DORJAY / DORJAY TSERING). Compared by their spelling keys (DORJAY, DORJEY, DORJE).
 */
export const HIMALAYAN_GIVEN_NAMES = new Set(
	`TSERING TSHERING CHHERING DORJAY DORJE STANZIN RIGZIN TSEWANG NAMGYAL TUNDUP TONDUP PALDAN PALDEN SONAM TASHI PADMA
PEMA DOLMA ANGMO LHAMO NAWANG LOBZANG LOBSANG PHUNTSOG PHUNTSOK JIGMET JIGME KONCHOK GURMET MOTUP STOBDAN YESHI ESHEY
URGYAN CHODON DECHEN YANGCHEN KARMA SKARMA NIMA DAWA PASANG MINGMA PEMBA WANGCHUK TENZIN TENZING KUNGA NORBU GYATSO
THINLAY DISKIT RINCHEN SAMDUP SAMPHEL LAMDAN CHOSDOL SPALZES DADUL PINTSO WANGDI WANGDUS TSETAN SKALZANG KALSANG KELSANG`.split(/\s+/),
);

/**
 * Christian given names that also stand as a father's name (Kerala): a name of two of them swapped is another
 * person (JOSEPH KURIAKOSE is Joseph, Kuriakose's son; KURIAKOSE JOSEPH is Kuriakose, often Joseph's father).
 */
export const FATHERS_GIVEN_NAMES = new Set([
	'JOSEPH', 'THOMAS', 'GEORGE', 'MATHEW', 'MATHEWS', 'JOHN', 'JACOB', 'ABRAHAM', 'KURIAKOSE',
	'VARGHESE', 'CHACKO', 'PAUL', 'PETER', 'PHILIP', 'SEBASTIAN', 'ANTONY', 'ANTHONY', 'FRANCIS', 'DAVID', 'SAMUEL',
	'DANIEL', 'ISAAC', 'XAVIER', 'EMMANUEL', 'MICHAEL', 'JAMES', 'AUGUSTINE', 'ZACHARIAH', 'SIMON', 'CHERIAN',
	'KOSHY', 'OOMMEN', 'MAMMEN', 'EAPEN', 'MATHAI', 'OUSEPH', 'PAULOSE', 'DEVASSY', 'ITTY', 'ITTYAVIRA', 'ITTOOP',
	'KURUVILLA', 'KORAH', 'PUNNOSE', 'CHANDY', 'VARKEY', 'PAILY', 'LONAPPAN', 'PATHROSE', 'UMMEN', 'TITUS', 'ITTYERAH',
	'LUKOSE', 'KURIAN', 'NINAN', 'POULOSE', 'SKARIA', 'CHACKOCHAN', 'MANI',
	'ELIAS', 'EZRA', 'STEPHEN', 'JOHANNES', 'CARAPIET', 'ARATHOON', // Kolkata's Baghdadi Jews and Armenians, by the same custom
]);

/**
 * Women's given names that end as men's names do (in a consonant or Y: after MRS, the name is hers), then some that end
 * in A. sexes.ts tells a man's name from hers by their spelling keys (a name of one of these keys is no man's by its
 * ending); COMMON_WOMENS_NAMES below are read as hers without that.
 */
export const WOMENS_GIVEN_NAMES = new Set([
	'MARY', 'GLADYS', 'ELIZABETH', 'RUTH', 'ESTHER', 'MERCY', 'NANCY', 'DOLLY', 'LILY', 'LILLY', 'SHIRLEY', 'AGNES',
	'BEMBEM', // a Meitei woman's (BEMBEM DEVI), though it ends as a man's name does
	'DORIS', 'LOURDES', 'MARGARET', 'JANET', 'VIOLET', 'HAZEL', 'MABEL', 'ISABEL', 'CAROL', 'JENNIFER', 'SUSAN',
	'HELEN', 'JUDITH', 'EDITH', 'ELSY', 'LISSY', 'MOLLY', 'SALLY', 'BETTY', 'DAISY', 'RUBY', 'KITTY', 'MERLIN', 'NISHAT',
	'MERLYN', 'EVELYN', 'JOCELYN', 'GWENDOLYN', 'MARILYN', 'ROSEMARY', 'ROSELYN', 'JASMINE', 'YASMIN', 'YASMEEN',
	'NASREEN', 'SHIREEN', 'NAZNEEN', 'TABASSUM', 'SHABNAM', 'MUSKAN', 'GULNAZ', 'NILOFER', 'SHAHNAZ', 'FIRDAUS', 'KANEEZ',
	'MARIAM', 'MARYAM', 'MIRIAM', 'ZAINAB', 'NOORJAHAN', 'PARVEEN', 'PERVEEN', 'RUKHSAR', 'AFREEN', 'NAUSHEEN', 'JABEEN', 'MAHJABEEN', 'TARANNUM', 'NIKHAT', 'MEHNAZ',
	'JESSY', 'JESSIE', 'TESSY', 'BINCY', 'JINCY', 'SINCY', 'LINCY', 'SHINY', 'JOLLY', 'SHERLY', 'ROSY', 'ROSILY', // Kerala
	'ROSALIN', 'ROSLIN', // the Chotanagpur's Christians
	'GRACY', 'GRACE', 'LUCY', // Mangalore's and Goa's
	'IBADAHUN', // a Khasi woman's
	'RACHEL', 'PEARL', // a Jewish and a Christian woman's
	'PERIN', 'SHIRIN', 'ARNAVAZ', 'PIROJ', 'DHUN', 'KHORSHED', 'NAVAZ', 'NAVAJ', 'JER', 'GOOL', // Parsi women's
	'KINJAL', 'HEMAL', 'SAROJ', 'SUKHIYARIN', // Gujarati and Chhattisgarhi women's
	'PUSHPAM', 'KAMALAM', 'PANKAJAM', // Tamil and Malayali women's names in -AM
	'POONAM', 'PUNAM', 'NEELAM', 'NILAM', 'PYARI', 'DULARI', // the Hindi belt
	'SHEETAL', 'SHITAL', 'KAJAL', 'PAYAL', 'KOMAL', 'SONAL', 'RUPAL', 'HETAL', 'MINAL', 'DIMPAL', 'PARUL',
	'KUSUM', 'PRIYA', 'SUPRIYA', 'DIVYA', 'SOWMYA', 'RAMYA', 'KAVYA', 'NAVYA', 'SANDHYA', 'VIDYA', // and some that end in A
	'LAVANYA', 'SARANYA', 'DHANYA', 'ANANYA', 'SUNANDA', 'SOUMYA', 'SAUMYA', 'SHREYA', 'POOJA', 'PUJA', 'NEHA', 'SNEHA', 'DEEPA', 'SHILPA', 'SWAPNA',
	'ARCHANA', 'KALPANA', 'VANDANA', 'SUSHMA', 'SEEMA', 'VEENA', 'PRIYANKA', 'NERGIS', 'NARGIS', 'JASMIN', 'GULNAR', // NERGIS: a Parsi's
	'LATA', 'KALA', 'LEKHA', 'REKHA', 'MALA', 'MAYA', // and the second parts of women's names, written apart (PREM LATA, CHANDRA KALA, DHAN MAYA)
]);

/**
 * Common women's given names no ending marks as hers (SUNITA, KAVITA, KAMALA), read as hers where a given name alone is
 * asked (isWomansName: a Tamil initial beside a man's name is his father's, KAMALA VENKATARAMAN / K VENKATARAMAN). Kept
 * apart from WOMENS_GIVEN_NAMES, whose spelling keys tell a man's name from hers (KAMAL, a closing A apart, is his); not
 * MEENA or BHARTI, surnames as often (RAMESH MEENA).
 */
const COMMON_WOMENS_NAMES = new Set([
	'GITA', 'GEETA', 'REENA', 'TEENA', 'HEENA', 'NEENA', 'BEENA', 'LEENA', 'SUNITA', 'ANITA', 'KAVITA', 'SAVITA', 'SARITA',
	'NAMITA', 'SMITA', 'RACHANA', 'RANJANA', 'ANJANA', 'SADHANA', 'ALKA', 'ALPANA', 'MAMTA', 'MAMATA', 'NEETA', 'NITA',
	'RITA', 'USHA', 'NISHA', 'DISHA', 'VIBHA', 'ABHA', 'SAVITRI', 'SUSHILA', 'SHAKUNTALA', 'URMILA', 'PRAMILA', 'NIRMALA',
	'VIMALA', 'SAROJA', 'MALTI', 'MALATI', 'AARTI', 'ARTI', 'SANGEETA', 'SUJATA', 'ANJU', 'SONIA', 'RAKHI', 'RENU', 'MEERA',
	'MIRA', 'KAMALA', 'KAMLA', 'SITA', 'SHARDA', 'SHARADA', 'RADHA', 'ASHA', 'SHOBHA', 'PRABHA', 'GAYATRI', 'SUMITRA', 'MANJU',
	'PUSHPA', 'SHANTA', 'SUDHA', 'PREMA', 'BHARATHI', 'KALAIVANI', 'PARVATHI', 'PARVATI', 'ANURADHA', 'INDIRA', 'GOWRI', 'GAURI',
	'UMA', 'REMA',
]);

/** Endings only women's given names have (South India): ALEYAMMA, GANGAVVA, SUJATHA (not MANJUNATHA, DASARATHA), JAYANTHI, KAVITHA, JASWANTI. */
export const WOMENS_ENDINGS = /(?:AMMAL?|AVVA|LA[KX]S?H?MI|(?<!SH?R)INI|(?<![NR])ATHA|ANTHI|ITHA|EETHA|IKA|ES?H?WARI|SWATHI|VALLI|AVATHI|EVATHI|UMATHI|S[HW]WARYA|[VW]ANTI|NEI(?:KIM|LHING|HAT|NEM|VAH))$/;

/** Malayalam's -MOL closing a girl's name (KUNJUMOL, ANUMOL, BEENAMOL); not a Bengali SHYAMOL or a Marathi KHARATMOL. */
const HER_MOL = /^[A-Z]{2,}[IUYEO]MOL$|^[A-Z]{4,}AMOL$/;
/** A Gujarati woman's BEN joined onto her name, as a firm's name keeps it (not RUBEN). */
const HER_JOINED_BEN = /^[A-Z]{3,}[AEI]BEN$/;

/** A given name only a woman has: listed, or by its ending, or with a Gujarati BEN joined on as a firm's name keeps it (SMT HIRABEN SHAH TRUST; not RUBEN). */
export const isWomansName = (text: string): boolean =>
	WOMENS_GIVEN_NAMES.has(text) ||
	COMMON_WOMENS_NAMES.has(text) ||
	WOMENS_ENDINGS.test(text) ||
	(text.endsWith('BEN') && HER_JOINED_BEN.test(text)) ||
	(text.endsWith('MOL') && HER_MOL.test(text)) ||
	(text.length >= 5 && text.endsWith('Y') && isWomansName(`${text.slice(0, -1)}I`)); // Tamil VASANTHY = VASANTHI, PADMAVATHY = PADMAVATHI

/**
 * Words that say little about who a person is (many people share them): a
 * match on them alone is never enough, and they may sit anywhere in a name.
 */
export const COMMON_WORDS = new Set([
	'KUMAR', 'KUMARI', 'SINGH', 'KAUR', 'DEVI', 'BAI', 'LAL', 'CHAND', 'CHANDRA', 'PRASAD', 'RANI', 'MOHAMMAD',
	'SYED', 'SHAIKH', 'BEGUM', 'KHATUN', 'BIBI', 'AND', 'OF', 'THE', 'FOR', 'COMPANY',
]);

/** Words written joined onto a given name ("NITINKUMAR"): read as two words. */
export const JOINED_ENDINGS = ['KUMARI', 'KUMAR', 'SINGH', 'SINH', 'SING', 'LAL', 'CHAND', 'PRASAD', 'RAO', 'PANT', 'APPA', 'BIBI', 'KR']; // SING: a Gujarati and Bhil SINGH (THAVARSING); KR: KUMAR as banks cut it (DILIPKR)
/** Words that end a given name of two (SHIV DAYAL, BHERA RAM, MOHAN LAL, RAMESH DUTT). */
export const GIVEN_NAME_ENDINGS = new Set([...JOINED_ENDINGS, ...SECOND_PARTS, 'DEV', 'DUTT', 'DATT', 'DASS', 'NIWAS', 'NIVAS']);

/** Gujarati forms of address after a name ("JIGNESHBHAI", "NIRMALA BEN"): not part of it. */
export const ADDRESS_WORDS = ['BHAI', 'BEN', 'BEHN', 'BEHEN', 'BAHEN', 'BAI', 'TAI', 'AMMAL', 'DEVI', 'DEBI', 'DEI', 'BANU', 'BANO', 'BANOO', 'MIYA', 'MIYAN']; // DEBI: Bengali DEVI; DEI: Odia; MIYA: a Gujarati Muslim's BHAI (RAFIKMIYA)

/**
 * Words that join others and say nothing of who holds the account: one name's AND (PAINTS & HARDWARE) is not missing
 * from the other's; JI and Telugu GARU are marks of respect (BHOLA PRASAD JI, VENKATA RAO GARU).
 */
export const FILLERS = new Set(['AND', 'AUR', 'OF', 'THE', 'FOR', 'JI', 'JOO', 'GARU', 'DA', 'DI', 'KE', 'KI']); // JOO: Kashmiri's JI; AUR: Hindi's AND (SEETA AUR GEETA); DA, DI, KE, KI: Punjabi's and Hindi's OF (BHAPPE DA DHABA, AMMA KI RASOI)

/** Honorifics a business's name may carry anywhere (SHREE GANESH, UDUPI SRI KRISHNA BHAVAN, TARA MAA VASTRALAYA). */
export const HONORIFICS = new Set(['SRI', 'SHRI', 'SHREE', 'SREE', 'MAA']);

/** Khasi and Pnar clan names (and places in them), by their clan syllables or whole. */
export const KHASI_CLAN =
	/^(?:NONG|LYNG|SYIEM|SYN|PYNG|KHONG|RYMB|RYNT|JYRW|MYRB|KHARKONG|KHARMAW|KHARBUL|KHARSHI|KHARSYN)[A-Z]+$|^(?:DKHAR|SHYLLA|SUNGOH|LAMARE|DOHLING|MARBANIANG|PASSAH|MUKHIM|LALOO|POHTAM|MAJAW|SUCHIANG|TARIANG|THABAH|WAHLANG|WARJRI|MAWLONG|MAWKHAR|SYIEM)$/;

/** Family names a Marathi Muslim's bank record writes before the father's name too. */
export const FAMILY_TWICE = new Set(['SHAIKH', 'SHEIKH', 'SK', 'SAYYED', 'SYED', 'PATHAN', 'MULLA', 'INAMDAR', 'TAMBOLI', 'ATTAR', 'BAGWAN']);

/** Words that make a name a firm's: a business word as one or many (HARDWARES, MILL); not CHS less its S (CH V). */
export const FIRM_WORDS = new Set([...BUSINESS_WORDS].flatMap((word) => [word, `${word}S`, word.length > 3 ? word.replace(/S$/, '') : word]));
/** A business word, as written or by its short form (TRDG, ENT). */
export const isBusinessWord = (word: string) => FIRM_WORDS.has(BUSINESS_FORMS.get(word) ?? word);

/** A man's title or relation in front of or after his name. */
export const MENS_MARKS = new Set(['MR', 'MASTER', 'MSTR', 'MAST', 'SHRI', 'SH', 'THIRU', 'JANAB', 'S/O', 'H/O', 'SAW', 'NAWAB', 'RAJA', 'KUNWAR', 'FATHER', 'BRO', 'BROTHER', 'MAULVI', 'MOULVI', 'BAH', 'U']); // SAW, NAW: a Karen man's and woman's; BAH, KONG, U, KA: a Khasi's (U and KA only as titles)
/** A woman's title or relation. */
export const WOMENS_MARKS = new Set(['SARDARNI', 'MRS', 'SMT', 'SMTI', 'SHRIMTI', 'KONG', 'SOW', 'MOHTARMA', 'SHRIMATI', 'SHRIMATHI', 'SHREEMATI', 'SRIMATI', 'SRIMATHI', 'TMT', 'THIRUMATHI', 'MISS', 'KUMARI', 'KM', 'KUM', 'SAU', 'SOU', 'SUSHRI', 'W/O', 'D/O', 'NAW', 'KA', 'BEGUM', 'RANI', 'SADHVI', 'SAHIBA']);
/** A Muslim woman's title in Bengal and Bihar (MST). */
export const MUSLIM_WOMENS_TITLES = new Set(['MST', 'MUSAMMAT', 'MOSAMMAT', 'MOSAMAT', 'MOSST']);
/** Titles of a married woman, who may be written by her husband's name ("MRS RAJESH GUPTA" is his wife). */
export const MARRIED_TITLES = new Set(['MRS', 'MME', 'SMT', 'SMTI', 'SHRIMTI', 'SHRIMATI', 'SHRIMATHI', 'SHREEMATI', 'SRIMATHI', 'TMT', 'BEGUM']); // BEGUM in front: a Muslim wife's (BEGUM ZAFAR ALI is his wife)
/** An unmarried woman's title (never MS: MS DHONI's are his initials). */
export const UNMARRIED_TITLES = new Set(['MISS', 'MLLE', 'KUMARI', 'KUM', 'KM', 'SUSHRI']);
