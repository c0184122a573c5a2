#!/usr/bin/env node
'use strict';
/**
 * Runs the local Juspay sandbox as its own process, e.g. for a real n8n:
 *
 *   node test/sandbox/cli.js [--port 8765] [--host 127.0.0.1] [--latency 50]
 *       [--api-key K] [--merchant-id M] [--fault JSON]...
 *       [--webhook-url URL] [--webhook-username U] [--webhook-password P] [--finalize-after MS] [--limits JSON]
 *
 * The port defaults to 8765 (a fixed port is what a separately started n8n
 * needs); `--port 0` picks a free one. `--fault` takes one fault object or an
 * array of them and may be repeated. `--limits` takes the rate limiter's
 * knobs (limits.js), e.g. '{"mode":"inFlight","limit":10,"latencyMs":1000,"jitterMs":300}';
 * change them mid-run with POST /__sandbox/limits, read the counters with
 * GET /__sandbox/limits.
 * Prints one line, `Juspay sandbox listening on http://HOST:PORT`, and stops
 * cleanly on SIGINT/SIGTERM. Steer it while it runs through /__sandbox/.
 */

const { startSandbox } = require('./server');

const USAGE = 'usage: node test/sandbox/cli.js [--port N] [--host H] [--latency MS] [--api-key K] [--merchant-id M] [--fault JSON]... [--webhook-url URL] [--webhook-username U] [--webhook-password P] [--finalize-after MS] [--limits JSON]';

// flag → [option name, parser]
const FLAGS = {
  '--port': ['port', Number],
  '--host': ['host', String],
  '--latency': ['latencyMs', Number],
  '--api-key': ['apiKey', String],
  '--merchant-id': ['merchantId', String],
  '--limits': ['limits', (text) => {
    try {
      return JSON.parse(text);
    } catch {
      throw new Error(`--limits needs JSON, got: ${text}`);
    }
  }],
};
// flag → [webhooks.js setting, parser]
const WEBHOOK_FLAGS = {
  '--webhook-url': ['url', String],
  '--webhook-username': ['username', String],
  '--webhook-password': ['password', String],
  '--finalize-after': ['finalizeAfterMs', Number],
};

function parseFault(text) {
  try {
    const parsed = JSON.parse(text);
    return Array.isArray(parsed) ? parsed : [parsed];
  } catch {
    throw new Error(`--fault needs JSON, got: ${text}`);
  }
}

function parseArgs(argv) {
  const options = { port: 8765, faults: [], webhooks: {} };
  for (let i = 0; i < argv.length; i += 1) {
    const flag = argv[i];
    if (flag === '--help' || flag === '-h') return null;
    const value = argv[i + 1];
    if (value === undefined) throw new Error(`${flag} needs a value`);
    i += 1;
    if (flag === '--fault') {
      options.faults.push(...parseFault(value));
    } else if (WEBHOOK_FLAGS[flag]) {
      const [name, parse] = WEBHOOK_FLAGS[flag];
      options.webhooks[name] = parse(value);
    } else if (FLAGS[flag]) {
      const [name, parse] = FLAGS[flag];
      options[name] = parse(value);
      if (typeof options[name] === 'number' && !Number.isFinite(options[name])) throw new Error(`${flag} needs a number`);
    } else {
      throw new Error(`unknown option ${flag}`);
    }
  }
  return options;
}

async function main() {
  let options;
  try {
    options = parseArgs(process.argv.slice(2));
  } catch (err) {
    console.error(`${err.message}\n${USAGE}`);
    process.exit(2);
  }
  if (!options) {
    console.log(USAGE);
    return;
  }
  const sandbox = await startSandbox(options);
  console.log(`Juspay sandbox listening on ${sandbox.url}`);
  const shutdown = () => sandbox.stop().then(() => process.exit(0));
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
}

main().catch((err) => {
  console.error(`Juspay sandbox failed to start: ${err.message}`);
  process.exit(1);
});
