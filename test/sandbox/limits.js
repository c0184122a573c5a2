'use strict';
/**
 * Rate limiting and latency for the local Juspay sandbox: the knobs a bulk
 * run is measured against. Kept apart from server.js, which only asks
 * `admit` before answering and `done` when the answer is over.
 *
 * Knobs (`configure` merges them, so `{ limit: 10 }` changes only the limit,
 * mid-run included):
 * - `mode`: 'none' (default), 'inFlight' (at most `limit` requests being
 *   worked on at once) or 'perSecond' (at most `limit` accepted in any
 *   trailing second, a sliding window).
 * - `limit`: the number for the mode.
 * - `retryAfter`: seconds sent in the 429's Retry-After (default 1).
 * - `latencyMs`, `jitterMs`: an accepted request is answered after
 *   latencyMs ± jitterMs (uniform). Without latencyMs the server's own
 *   latency applies.
 * - `then`: `{ afterValidations, limit }`: the limit changes once that many
 *   validations were accepted (e.g. 40 → 10 halfway through a sheet).
 * A refused request is answered 429 at once, before any latency: like a real
 * rate limiter, refusing costs no work.
 *
 * Counters: accepted, rateLimited, validations (accepted validation POSTs:
 * what a penny drop would cost), peakInFlight.
 */

const MODES = ['none', 'inFlight', 'perSecond'];
const NONE = { mode: 'none', limit: Infinity, retryAfter: 1, latencyMs: undefined, jitterMs: 0, then: undefined };

/** A POST that asks for a validation: payout `command: validate`, EC form command=validate or the validate path. */
function isValidation(entry) {
  if (entry.method !== 'POST') return false;
  const command = entry.body && typeof entry.body === 'object' ? entry.body.command : undefined;
  return command === 'validate' || /\/validate(\?|$)/.test(entry.path || '');
}

function check(knobs) {
  if (!MODES.includes(knobs.mode)) throw new Error(`limits.mode must be one of ${MODES.join(', ')}`);
  if (knobs.mode !== 'none' && !(Number(knobs.limit) >= 0)) throw new Error('limits.limit must be a number >= 0');
  for (const key of ['latencyMs', 'jitterMs', 'retryAfter']) {
    if (knobs[key] !== undefined && !(Number(knobs[key]) >= 0)) throw new Error(`limits.${key} must be a number >= 0`);
  }
  if (knobs.then !== undefined && (!knobs.then || !(knobs.then.afterValidations >= 0) || !(knobs.then.limit >= 0))) {
    throw new Error('limits.then must be { afterValidations, limit }');
  }
}

class Limits {
  constructor(knobs) {
    this.reset();
    if (knobs) this.configure(knobs);
  }

  /** Merges knobs into the current ones; counters carry on. Throws on a bad knob. */
  configure(knobs) {
    const next = { ...this.knobs, ...knobs };
    check(next);
    this.knobs = next;
  }

  /** No limit, no latency of its own, counters at zero. */
  reset() {
    this.knobs = { ...NONE };
    this.clearCounters();
  }

  clearCounters() {
    this.inFlight = 0;
    this.acceptedAt = [];
    this.counters = { accepted: 0, rateLimited: 0, validations: 0, peakInFlight: 0 };
  }

  /**
   * Called for every API request before anything else: null to go on, or the
   * headers of the 429 to answer at once. Marks a refused entry `rateLimited`.
   */
  admit(entry, now = Date.now()) {
    const { mode, limit } = this.knobs;
    while (this.acceptedAt.length && this.acceptedAt[0] <= now - 1000) this.acceptedAt.shift();
    const full = (mode === 'inFlight' && this.inFlight >= limit) || (mode === 'perSecond' && this.acceptedAt.length >= limit);
    if (full) {
      this.counters.rateLimited += 1;
      entry.rateLimited = true;
      return { 'retry-after': String(this.knobs.retryAfter) };
    }
    this.inFlight += 1;
    this.acceptedAt.push(now);
    this.counters.accepted += 1;
    this.counters.peakInFlight = Math.max(this.counters.peakInFlight, this.inFlight);
    if (isValidation(entry)) {
      this.counters.validations += 1;
      const then = this.knobs.then;
      if (then && this.counters.validations === then.afterValidations) this.knobs = { ...this.knobs, limit: then.limit };
    }
    return null;
  }

  /** The answer to an admitted request is over (sent, or the client went away). */
  done() {
    this.inFlight = Math.max(0, this.inFlight - 1);
  }

  /** How long to hold an admitted request: the knobs' latency ± jitter, else the server's own. */
  latencyMs(serverLatencyMs) {
    const mean = this.knobs.latencyMs ?? serverLatencyMs;
    const jitter = this.knobs.jitterMs || 0;
    return Math.max(0, mean + (Math.random() * 2 - 1) * jitter);
  }

  /** Knobs and counters, for tests and the control surface. */
  state() {
    const { then, ...knobs } = this.knobs;
    return { ...knobs, limit: Number.isFinite(knobs.limit) ? knobs.limit : null, ...(then ? { then } : {}), inFlight: this.inFlight, ...this.counters };
  }
}

module.exports = { Limits, isValidation };
