'use strict';
/**
 * Webhook delivery of the local sandbox, as Juspay's payout webhooks do it
 * (NOTES.md: event type VALIDATION_V2, events VALID and INVALID, an HTTP POST
 * with optional basic auth, resent until it gets a 200).
 *
 * When a validation becomes final it POSTs one event: at once for an instant
 * result, on the status change for a pending one (a status check moves it on,
 * or `finalizeAfterMs` does it on a timer so an event arrives without anyone
 * polling). The target is the request's own webhookDetails (at
 * `detailsPath`, default additionalInfo.webhookDetails) or else the global
 * `url`. A non-200 answer or a network error is resent after `retryDelayMs`,
 * at most `maxAttempts` calls in all.
 *
 * ASSUMPTION (Juspay's body is not public): the event is
 *   { id, event_type: 'VALIDATION_V2', event_name: 'VALID' | 'INVALID',
 *     date_created, content: { customerId, ...the status answer of the bene } }
 */
const http = require('http');
const crypto = require('crypto');

const DEFAULTS = {
  url: null, // global target when a request carries no webhookDetails
  username: null,
  password: null,
  detailsPath: 'additionalInfo.webhookDetails',
  maxAttempts: 5,
  retryDelayMs: 200,
  finalizeAfterMs: null, // pending validations settle on their own after this long
  timeoutMs: 5000,
};
const EVENTS = ['VALID', 'INVALID'];
const isObject = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);

function at(object, path) {
  return path.split('.').reduce((value, key) => (isObject(value) ? value[key] : undefined), object);
}

/** `{ url, username, password }` from the request body, or null. */
function requestTarget(body, path) {
  const details = at(body, path);
  if (!isObject(details) || typeof details.url !== 'string' || details.url === '') return null;
  return { url: details.url, username: details.username ?? null, password: details.password ?? null };
}

class Webhooks {
  /**
   * @param {object} options DEFAULTS overrides
   * @param {{ view(bene): object, settle(bene): boolean, alive(bene): boolean }} hooks from the server
   */
  constructor(options, hooks) {
    this.initial = { ...DEFAULTS, ...options };
    this.config = { ...this.initial };
    this.hooks = hooks;
    this.deliveries = [];
    this.timers = new Set();
    this.inFlight = new Set();
    this.idleWaiters = [];
  }

  configure(changes) {
    if (!isObject(changes)) throw new Error('webhook settings must be an object');
    for (const key of Object.keys(changes)) {
      if (!Object.hasOwn(DEFAULTS, key)) throw new Error(`unknown webhook setting ${key}`);
    }
    this.config = { ...this.config, ...changes };
    return this.settings();
  }

  /** The settings without the password. */
  settings() {
    const { password, ...rest } = this.config;
    return { ...rest, password: password ? '(set)' : null };
  }

  /** A bene was just stored from `body`: remember where to call, deliver or schedule. */
  created(bene, body) {
    bene.webhook = requestTarget(body, this.config.detailsPath);
    if (this.deliverIfFinal(bene)) return;
    const wait = this.config.finalizeAfterMs;
    if (typeof wait === 'number' && wait >= 0 && this.targetOf(bene)) {
      this.later(wait, () => {
        if (this.hooks.alive(bene) && this.hooks.settle(bene)) this.deliverIfFinal(bene);
      });
    }
  }

  /** A status check moved the bene on. */
  changed(bene) {
    this.deliverIfFinal(bene);
  }

  targetOf(bene) {
    if (bene.webhook) return bene.webhook;
    if (!this.config.url) return null;
    return { url: this.config.url, username: this.config.username, password: this.config.password };
  }

  deliverIfFinal(bene) {
    if (!EVENTS.includes(bene.outcome) || bene.webhookSent || !['bank', 'vpa', 'resolve'].includes(bene.op)) return false;
    const target = this.targetOf(bene);
    if (!target) return false;
    bene.webhookSent = true;
    const body = {
      id: `evt_${crypto.randomBytes(8).toString('hex')}`,
      event_type: 'VALIDATION_V2',
      event_name: bene.outcome,
      date_created: new Date().toISOString(),
      content: { customerId: bene.customerId, ...this.hooks.view(bene) },
    };
    this.send({ beneId: bene.beneId, event: bene.outcome, target, body, attempts: [], delivered: false });
    return true;
  }

  /** Juspay's resend of the last event for a beneficiary (its 200 was lost, say). */
  redeliver(beneId) {
    const last = [...this.deliveries].reverse().find((d) => d.beneId === beneId);
    if (!last) throw new Error(`no event was sent for ${beneId}`);
    this.send({ ...last, attempts: [], delivered: false, resend: true });
  }

  send(delivery) {
    this.deliveries.push(delivery);
    this.attempt(delivery);
  }

  attempt(delivery) {
    const { target } = delivery;
    const text = JSON.stringify(delivery.body);
    const headers = { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) };
    if (target.username) {
      headers.authorization = `Basic ${Buffer.from(`${target.username}:${target.password ?? ''}`).toString('base64')}`;
    }
    let finished = false;
    const done = (outcome) => {
      if (finished) return;
      finished = true;
      this.inFlight.delete(request);
      delivery.attempts.push({ ...outcome, time: Date.now() });
      if (outcome.status === 200) delivery.delivered = true;
      else if (delivery.attempts.length < this.config.maxAttempts) this.later(this.config.retryDelayMs, () => this.attempt(delivery));
      this.checkIdle();
    };
    const request = http.request(target.url, { method: 'POST', headers, timeout: this.config.timeoutMs }, (res) => {
      res.resume();
      res.on('end', () => done({ status: res.statusCode }));
      res.on('error', (err) => done({ error: err.message }));
    });
    request.on('timeout', () => request.destroy(new Error('timeout')));
    request.on('error', (err) => done({ error: err.message }));
    this.inFlight.add(request);
    request.end(text);
  }

  later(ms, run) {
    if (this.stopped) return;
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      run();
      this.checkIdle();
    }, ms);
    this.timers.add(timer);
  }

  /** Resolves once nothing is scheduled or on the way. */
  idle() {
    return new Promise((resolve) => {
      this.idleWaiters.push(resolve);
      this.checkIdle();
    });
  }

  checkIdle() {
    if (this.timers.size || this.inFlight.size) return;
    for (const resolve of this.idleWaiters.splice(0)) resolve();
  }

  /** What tests and the control surface see: no passwords. */
  list() {
    return this.deliveries.map(({ target, ...rest }) => ({ ...rest, url: target.url, username: target.username ?? null }));
  }

  /** For good (the server stops): nothing new is scheduled after this. */
  stop() {
    this.stopped = true;
    this.cancel();
  }

  /** Cancels what is scheduled or on the way. */
  cancel() {
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
    for (const request of this.inFlight) request.destroy();
    this.inFlight.clear();
    this.checkIdle();
  }

  reset() {
    this.cancel();
    this.deliveries.length = 0;
    this.config = { ...this.initial };
  }

  /** `/__sandbox/webhooks[...]`; returns [status, body]. */
  control(method, action, body) {
    if (method === 'GET' && action === 'webhooks') return [200, this.list()];
    if (method === 'POST' && action === 'webhooks') return [200, { ok: true, settings: this.configure(body || {}) }];
    if (method === 'POST' && action === 'webhooks/redeliver') {
      this.redeliver(String((body || {}).beneId));
      return [200, { ok: true }];
    }
    return [404, { error: `unknown control endpoint ${method} ${action}` }];
  }
}

module.exports = { Webhooks, WEBHOOK_DEFAULTS: DEFAULTS };
