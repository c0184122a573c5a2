'use strict';
/**
 * A rate limit shared by every caller of the sandbox, as Juspay enforces one
 * per merchant: at most `perSecond` requests are let through in any rolling
 * second; the rest are refused with 429 before anything happens (Juspay
 * refuses before acting, so a refused request is always safe to resend).
 */
class RateLimit {
  /** @param {number} perSecond requests let through per rolling second; 0 = no limit */
  constructor(perSecond) {
    const value = Number(perSecond);
    if (!Number.isFinite(value) || value < 0) throw new Error('rate limit must be a non-negative number of requests per second');
    this.perSecond = value;
    this.admitted = []; // times of the requests let through in the last second
  }

  /** Whether a request arriving now may go through; counts it when it may. */
  admit(now = Date.now()) {
    if (!this.perSecond) return true;
    while (this.admitted.length && this.admitted[0] <= now - 1000) this.admitted.shift();
    if (this.admitted.length >= this.perSecond) return false;
    this.admitted.push(now);
    return true;
  }
}

module.exports = { RateLimit };
