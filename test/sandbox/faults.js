'use strict';
/**
 * Fault injection for the local Juspay sandbox: which request gets which
 * misbehaviour. Deciding is kept apart from misbehaving (server.js) so the
 * selection rules can be read in one place.
 *
 * A fault is `{ kind, path?, method?, share?, times?, seed?, retryAfter? }`:
 * - `path`: a substring of the raw request path (query included), or a regular
 *   expression written as `/source/flags` (or a RegExp when used from JS).
 * - `method`: case-insensitive HTTP method.
 * - `share`: fraction 0..1 of matching requests that fire. Without `seed` it is
 *   deterministic and front-loaded: match n fires when ceil(n*share) grows, so
 *   0.5 fires on matches 1, 3, 5, ... and 0.25 on 1, 5, 9, ... (a first try
 *   fails, its retry succeeds). With `seed`, a seeded PRNG decides instead.
 * - `times`: the fault fires at most this many times, then lets requests pass.
 * - `landed`: the request is carried out first and only its answer is lost
 *   (a reply dropped on the way back); without it, the fault stands in for
 *   the request. Not for 401 or 429, which Juspay answers before acting.
 * Faults are tried in order; the first one that fires wins, and later faults
 * do not count that request as a match.
 */

const FAULT_KINDS = ['429', '500', '503', 'hang', 'reset', 'html', 'truncated', '401'];

/** Small deterministic PRNG (mulberry32), so seeded faults replay identically. */
function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `/source/flags` → RegExp, anything else → substring test. */
function pathMatcher(path) {
  if (path === undefined || path === null || path === '') return () => true;
  if (path instanceof RegExp) return (p) => path.test(p);
  // Only JS flags count as flags, so a substring such as `/customer-accounts/list` stays a substring.
  const literal = /^\/(.+)\/([gimsuy]*)$/.exec(String(path));
  if (literal) {
    const re = new RegExp(literal[1], literal[2]);
    return (p) => re.test(p);
  }
  return (p) => p.includes(String(path));
}

function fail(message, fault) {
  throw new Error(`Invalid sandbox fault ${JSON.stringify(fault)}: ${message}`);
}

/** Checks one fault spec and turns it into a stateful matcher. */
function compileFault(spec) {
  if (!spec || typeof spec !== 'object') fail('must be an object', spec);
  const kind = String(spec.kind);
  if (!FAULT_KINDS.includes(kind)) fail(`kind must be one of ${FAULT_KINDS.join(', ')}`, spec);
  const share = spec.share === undefined ? 1 : Number(spec.share);
  if (!(share >= 0 && share <= 1)) fail('share must be between 0 and 1', spec);
  const times = spec.times === undefined ? Infinity : Number(spec.times);
  if (!(Number.isInteger(times) && times >= 0) && times !== Infinity) fail('times must be a whole number', spec);
  const ra = spec.retryAfter;
  if (ra !== undefined && typeof ra !== 'number' && typeof ra !== 'string') fail('retryAfter must be seconds or an HTTP date', spec);
  if (spec.landed !== undefined && typeof spec.landed !== 'boolean') fail('landed must be true or false', spec);
  if (spec.landed && (kind === '401' || kind === '429')) fail(`a ${kind} is answered before the request is carried out, so it cannot have landed`, spec);
  return {
    spec: { ...spec, kind },
    landed: spec.landed === true,
    kind,
    retryAfter: ra,
    method: spec.method ? String(spec.method).toUpperCase() : undefined,
    matchPath: pathMatcher(spec.path),
    share,
    times,
    random: spec.seed === undefined ? undefined : mulberry32(Number(spec.seed)),
    matched: 0,
    fired: 0,
  };
}

/** Whether this matching request (the fault's `matched`-th) is one of its share. */
function inShare(fault) {
  if (fault.random) return fault.random() < fault.share;
  const n = fault.matched;
  return Math.ceil(n * fault.share) > Math.ceil((n - 1) * fault.share);
}

/** Holds the active faults and picks the one (if any) for a request. */
class FaultSet {
  constructor(specs = []) {
    this.set(specs);
  }

  /** Replaces all faults; counters start again from zero. Throws on a bad spec. */
  set(specs) {
    if (!Array.isArray(specs)) throw new Error('Sandbox faults must be an array');
    this.faults = specs.map(compileFault);
  }

  /** The specs as given (for the control surface). */
  list() {
    return this.faults.map((f) => ({ ...f.spec, matched: f.matched, fired: f.fired }));
  }

  /** @param {{ method: string, path: string }} req */
  pick(req) {
    for (const fault of this.faults) {
      if (fault.method && fault.method !== req.method.toUpperCase()) continue;
      if (!fault.matchPath(req.path)) continue;
      if (fault.fired >= fault.times) continue;
      fault.matched += 1;
      if (!inShare(fault)) continue;
      fault.fired += 1;
      return fault;
    }
    return null;
  }
}

module.exports = { FaultSet, FAULT_KINDS, compileFault, mulberry32 };
