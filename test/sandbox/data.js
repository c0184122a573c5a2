'use strict';
/**
 * Test data of the local Juspay sandbox: Juspay's documented DUMMY-gateway
 * accounts (see /work/shared/juspay-api/NOTES.md), the VPA rules, and a small
 * invented IFSC directory.
 *
 * Outcomes use the payout vocabulary (VALID, INVALID, ERROR, PENDING,
 * TIMEOUT); the Express Checkout handlers map them onto validation_status.
 * A scenario is `{ first, then }`: `first` is what the validating call
 * answers, `then` is what the next status check (GET) answers. Settled
 * outcomes have `first === then`.
 */

/** @param {string} first @param {string} [then] */
const scenario = (first, then = first) => ({ first, then });

/** Juspay's sandbox accounts, keyed by account number (the IFSC is informational). */
const BANK_ACCOUNTS = {
  '02014457596967': { ifsc: 'CITI0000001', ...scenario('PENDING', 'INVALID') },
  '02014457596968': { ifsc: 'CITI0000001', ...scenario('PENDING', 'VALID') },
  '02014457596969': { ifsc: 'CITI0000001', ...scenario('PENDING') },
  '2640101002729': { ifsc: 'CNRR0002640', ...scenario('TIMEOUT', 'ERROR') },
  '2640101002728': { ifsc: 'CNRR0002640', ...scenario('TIMEOUT', 'VALID') },
  '2640101002727': { ifsc: 'CNRR0002640', ...scenario('TIMEOUT', 'INVALID') },
  '026291800001191': { ifsc: 'YESB0000262', ...scenario('VALID') },
  '000100289877623': { ifsc: 'SBIN0008752', ...scenario('INVALID') },
  '026291800001190': { ifsc: 'YESB0000262', ...scenario('ERROR') },
};

/**
 * Customer accounts Juspay answers under another IFSC than the one sent, as
 * its reference's own sample does (a request with YESB0000262 answered with
 * AABF0008032): the account number is the same account.
 */
const IFSC_ANSWERED = {
  '026291800001192': 'AABF0008032',
};

const VPAS = {
  'success@upi': scenario('VALID'),
  'invalid@upi': scenario('INVALID'),
  'error@upi': scenario('ERROR'),
};

const IFSC_RE = /^[A-Z]{4}0[A-Z0-9]{6}$/;
// Lenient on purpose: banks have no national account-number format.
const ACCOUNT_RE = /^[A-Za-z0-9]{5,40}$/;
const VPA_RE = /^[A-Za-z0-9._-]+@[A-Za-z][A-Za-z0-9]{1,63}$/;

/**
 * Invented IFSC directory (the sandbox is not a source of bank facts). The
 * YES BANK entry matches the reference's sample penny-drop answer. CNRR has no
 * MICR and no RTGS/UPI so that clients see both booleans and a null.
 */
const IFSC_DIRECTORY = {
  YESB0000262: {
    bank: 'YES BANK', bankCode: 'YESB', branch: 'SANTACRUZ, MUMBAI',
    address: 'GROUND FLOOR, SANTACRUZ WEST, MUMBAI 400054', city: 'GREATER BOMBAY',
    district: 'MUMBAI', state: 'MAHARASHTRA', micr: '400532038',
    imps: true, neft: true, rtgs: true, upi: true,
  },
  SBIN0008752: {
    bank: 'STATE BANK OF INDIA', bankCode: 'SBIN', branch: 'SANDBOX BRANCH',
    address: 'SANDBOX ROAD, NEW DELHI 110001', city: 'NEW DELHI',
    district: 'NEW DELHI', state: 'DELHI', micr: '110002087',
    imps: true, neft: true, rtgs: true, upi: true,
  },
  CITI0000001: {
    bank: 'CITIBANK', bankCode: 'CITI', branch: 'FORT, MUMBAI',
    address: 'FORT, MUMBAI 400001', city: 'MUMBAI',
    district: 'MUMBAI', state: 'MAHARASHTRA', micr: '400037002',
    imps: true, neft: true, rtgs: true, upi: false,
  },
  CNRR0002640: {
    bank: 'CNRR SANDBOX CO-OPERATIVE BANK', bankCode: 'CNRR', branch: 'MAIN BRANCH',
    address: 'MAIN ROAD, PUNE 411001', city: 'PUNE',
    district: 'PUNE', state: 'MAHARASHTRA', micr: null,
    imps: true, neft: true, rtgs: false, upi: false,
  },
  HDFC0000001: {
    bank: 'HDFC BANK', bankCode: 'HDFC', branch: 'SANDBOX HOUSE, WORLI',
    address: 'WORLI, MUMBAI 400018', city: 'MUMBAI',
    district: 'MUMBAI', state: 'MAHARASHTRA', micr: '400240015',
    imps: true, neft: true, rtgs: true, upi: true,
  },
};

/** What validating this bank account does. Unknown well-formed accounts are VALID. */
function bankScenario(account, ifsc) {
  const known = BANK_ACCOUNTS[account];
  if (known) return scenario(known.first, known.then);
  const wellFormed = ACCOUNT_RE.test(String(account)) && IFSC_RE.test(String(ifsc));
  return scenario(wellFormed ? 'VALID' : 'INVALID');
}

/** What validating this VPA does. Unknown VPAs with a plausible handle are VALID. */
function vpaScenario(vpa) {
  const key = String(vpa).toLowerCase();
  if (VPAS[key]) return { ...VPAS[key] };
  return scenario(VPA_RE.test(String(vpa)) ? 'VALID' : 'INVALID');
}

/** The deterministic "name at bank" of a valid account: the given name, upper-cased. */
function nameAtBank(givenName) {
  const name = typeof givenName === 'string' ? givenName.trim() : '';
  return name ? name.toUpperCase() : 'TEST ACCOUNT HOLDER';
}

module.exports = {
  BANK_ACCOUNTS, IFSC_ANSWERED, VPAS, IFSC_DIRECTORY, IFSC_RE,
  bankScenario, vpaScenario, nameAtBank,
};
