/* eslint-disable @n8n/community-nodes/no-hardcoded-secrets, @n8n/community-nodes/no-restricted-globals, @n8n/community-nodes/no-restricted-imports -- test and dev code: runs in Node, never inside n8n, and is not published */
/**
 * Run a whole n8n workflow (exported-workflow JSON: nodes + connections)
 * through n8n-core's real execution engine (`WorkflowExecute`) inside jest.
 *
 * Real: n8n-workflow `Workflow`, expression resolution (tournament / "legacy"
 * evaluator), paired-item lineage, `continueOnFail` and
 * `onError: 'continueErrorOutput'` routing, node execution contexts
 * (`this.helpers.httpRequestWithAuthentication`, ...), the trigger runner, and
 * the HTTP stack (`OutboundHttp` -> axios -> node:http/https, which nock
 * intercepts). Replaced: the database-backed credentials helper (see
 * ./credentialsHelper.ts) and everything the CLI would normally add to
 * `additionalData` (sub-workflows, task runners, push to UI, ...).
 *
 * Usage:
 *   const result = await runWorkflow({
 *     workflow: { nodes, connections },
 *     nodeTypes: { 'n8n-nodes-juspay.juspay': new Juspay() },
 *     credentialTypes: [new JuspayApi()],
 *     credentials: { juspayApi: { apiKey: 'k', merchantId: 'm' } },
 *     inputItems: [{ ifsc: 'HDFC0000001' }],
 *   });
 *   result.output('Juspay');        // items on output 0 of the node's first run
 *   result.output('Juspay', 1);     // error output when onError = continueErrorOutput
 *   result.error;                   // workflow-level error if a node failed hard
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import type { Container as DiContainer } from '@n8n/di';
import type * as N8nConfig from '@n8n/config';
import type * as BackendCommon from '@n8n/backend-common';
import type {
	ExecutionStatus,
	ICredentialDataDecryptedObject,
	ICredentialType,
	IConnections,
	IDataObject,
	INode,
	INodeExecutionData,
	INodeType,
	INodeTypes,
	IPinData,
	IRun,
	IRunData,
	ITaskData,
	IVersionedNodeType,
	IWorkflowBase,
	IWorkflowExecuteAdditionalData,
	IWorkflowSettings,
	WorkflowExecuteMode,
} from 'n8n-workflow';
import { deepCopy, Expression, NodeHelpers, UnexpectedError, Workflow } from 'n8n-workflow';
import { ExecutionLifecycleHooks, ExternalSecretsProxy, InstanceSettings, WorkflowExecute } from 'n8n-core';

import { HarnessCredentialsHelper } from './credentialsHelper';
import {
	HARNESS_NOOP,
	HARNESS_SET,
	HARNESS_START,
	HarnessNoOp,
	HarnessSet,
	HarnessStartTrigger,
	N8N_ALIASES,
} from './helperNodes';

export { HARNESS_NOOP, HARNESS_SET, HARNESS_START } from './helperNodes';
export { HarnessCredentialsHelper } from './credentialsHelper';

/*
 * Module loading. `@n8n/di`, `@n8n/config` and `@n8n/backend-common` are
 * dependencies of n8n-core, not of this package. They are resolved *from
 * n8n-core's location* so the harness always talks to the same module
 * instances n8n-core uses: a second copy of @n8n/di would mean a second,
 * empty `Container`, and everything set up below would be invisible to the
 * engine. Loading n8n-core is ~0.5-1 s the first time in each jest test file
 * (jest gives every test file its own module registry).
 */
const coreRequire = createRequire(require.resolve('n8n-core'));
const { Container } = coreRequire('@n8n/di') as { Container: typeof DiContainer };
const config = coreRequire('@n8n/config') as typeof N8nConfig;
const backendCommon = coreRequire('@n8n/backend-common') as typeof BackendCommon;

let runtimeReady = false;

/**
 * One-time (per jest module registry) DI container setup: the minimum real
 * objects n8n-core pulls out of `Container` while executing a workflow.
 */
export function ensureN8nRuntime(): void {
	if (runtimeReady) return;

	// Expressions: keep n8n-workflow's in-process evaluator. `Expression` only
	// switches to the isolated-vm engine (isolated-vm 7 needs Node >= 24 and its
	// native build was skipped) when `Expression.initExpressionEngine({ engine:
	// 'vm' })` is called, which only the n8n CLI does, driven by
	// N8N_EXPRESSION_ENGINE. Selecting 'legacy' explicitly guards against a host
	// that set another engine; `acquireIsolate()` is then a no-op and
	// `require('isolated-vm')` (lazy, inside @n8n/expression-runtime's bridge)
	// never runs.
	Expression.setExpressionEngine('legacy');

	// GlobalConfig: read by the Logger (log level/outputs). Silent unless
	// HARNESS_LOG_LEVEL is set (e.g. HARNESS_LOG_LEVEL=debug npx jest ...).
	const globalConfig = Container.get(config.GlobalConfig);
	globalConfig.logging.level = (process.env.HARNESS_LOG_LEVEL ?? 'silent') as typeof globalConfig.logging.level;

	// InstanceSettingsConfig + InstanceSettings: every node execution context
	// does `Container.get(InstanceSettings)` in its constructor. That constructor
	// reads or *creates* `<n8nFolder>/config` holding the encryption key - by
	// default ~/.n8n/config. Point it at a throw-away temp dir with a fixed key,
	// build it, and delete the dir right away: the file is only read in the
	// constructor, and the key stays in memory (the real `Credentials`/`Cipher`
	// use it). Deleting now means no exit hooks and nothing left in /tmp.
	// (Only file-system helpers - nodes that read/write local files - would want
	// n8nFolder to exist later.) The config fields are declared readonly but are
	// plain properties, overwritten before InstanceSettings, their consumer here,
	// is built.
	const n8nFolder = mkdtempSync(join(tmpdir(), 'n8n-harness-'));
	try {
		Object.assign(Container.get(config.InstanceSettingsConfig), {
			n8nFolder,
			userHome: n8nFolder,
			encryptionKey: 'n8n-harness-test-encryption-key',
			enforceSettingsFilePermissions: false,
		});
		Container.get(InstanceSettings);
	} finally {
		rmSync(n8nFolder, { recursive: true, force: true });
	}

	// Logger (@n8n/backend-common): used by contexts (`this.logger`),
	// ErrorReporter, OutboundHttp; its constructor also wires n8n-workflow's
	// LoggerProxy. Built now, after the log level was set above.
	Container.get(backendCommon.Logger);

	// SSRF protection: OutboundHttp consults SsrfProtectionConfig. It is off by
	// default, but N8N_SSRF_PROTECTION_ENABLED in the environment would make it
	// resolve DNS for every request (api.example.test would fail before nock).
	Container.get(config.SsrfProtectionConfig).enabled = false;

	// Everything else n8n-core asks the Container for on these code paths is a
	// plain @Service() it constructs on demand: TriggersAndPollers (trigger
	// nodes), ExecutionContextService (establishExecutionContext), ErrorReporter
	// (node errors are reported to it; with the silent logger it prints
	// nothing), OutboundHttp + SsrfProtectionService (HTTP helpers), Cipher.

	runtimeReady = true;
}

export interface WorkflowJson {
	id?: string;
	name?: string;
	nodes: INode[];
	connections: IConnections;
	settings?: IWorkflowSettings;
	pinData?: IPinData;
	staticData?: IDataObject;
}

export interface RunWorkflowOptions {
	/** Exported-workflow JSON. It is deep-copied; the fixture is not mutated. */
	workflow: WorkflowJson;
	/**
	 * Node types by the `type` used in the workflow JSON, e.g.
	 * `{ 'n8n-nodes-juspay.juspay': new Juspay() }`. The harness adds
	 * `harness.start` / `harness.set` / `harness.noOp`, and maps
	 * `n8n-nodes-base.manualTrigger` / `.set` / `.noOp` onto them unless given here.
	 */
	nodeTypes?: Record<string, INodeType | IVersionedNodeType>;
	credentialTypes?: ICredentialType[];
	/** Decrypted credential data by credential *type* name. */
	credentials?: Record<string, ICredentialDataDecryptedObject>;
	/** Items (json) emitted by the start node (`harness.start` / manualTrigger). Default: one empty item. */
	inputItems?: IDataObject[];
	/**
	 * Default 'manual' (the editor's "Execute workflow": the start trigger's
	 * manualTriggerFunction runs and emits `inputItems`). In other modes
	 * ('trigger', 'webhook', 'integrated', ...) n8n-core does not call trigger
	 * functions; as in production the trigger's items are handed to the engine
	 * as the start node's data (`triggerToStartFrom`), and the harness does that
	 * with `inputItems`.
	 */
	mode?: WorkflowExecuteMode;
	/** Abort the run (status 'canceled') once this many ms have passed. Unset = no timeout. */
	timeoutMs?: number;
	/** `$vars` */
	variables?: IDataObject;
}

export interface WorkflowRunResult {
	/** The IRun that WorkflowExecute resolved with. */
	run: IRun;
	runData: IRunData;
	status: ExecutionStatus;
	/**
	 * Workflow-level error (a node failed without continueOnFail / error output).
	 * NOTE: the engine stores a plain-object copy (`{ ...error, message, stack }`),
	 * so `instanceof NodeApiError` is false; match on `name`, `message`,
	 * `description`, `httpCode`, `node.name`. Same for `task(node).error`.
	 */
	error?: IRun['data']['resultData']['error'];
	/** Node names in the order nodeExecuteAfter fired. */
	executedNodes: string[];
	/** The in-memory credentials helper used for the run: `.events` lists its calls, `.getStored(type)` the data after the run. */
	credentialsHelper: HarnessCredentialsHelper;
	/** Items on `outputIndex` (default 0) of run `runIndex` (default 0) of a node; [] if none. */
	output(nodeName: string, outputIndex?: number, runIndex?: number): INodeExecutionData[];
	/** Just the `json` of `output(...)`. */
	json(nodeName: string, outputIndex?: number, runIndex?: number): IDataObject[];
	/** The task data of one run of a node (throws if the node did not run). */
	task(nodeName: string, runIndex?: number): ITaskData;
	durationMs: number;
}

export class HarnessNodeTypes implements INodeTypes {
	constructor(private readonly types: Record<string, INodeType | IVersionedNodeType>) {}

	getByName(nodeType: string): INodeType | IVersionedNodeType {
		const type = this.types[nodeType];
		if (!type) throw new UnexpectedError(`runWorkflow: unknown node type "${nodeType}" (add it to nodeTypes)`);
		return type;
	}

	getByNameAndVersion(nodeType: string, version?: number): INodeType {
		return NodeHelpers.getVersionedNodeType(this.getByName(nodeType), version);
	}

	getKnownTypes(): IDataObject {
		return {};
	}
}

let runCounter = 0;

export async function runWorkflow(opts: RunWorkflowOptions): Promise<WorkflowRunResult> {
	ensureN8nRuntime();
	const started = performance.now();
	const mode = opts.mode ?? 'manual';
	const executionId = `harness-${process.pid}-${++runCounter}`;

	// Node types: test-supplied first, then the helper nodes and their n8n-nodes-base aliases.
	const helperTypes: Record<string, INodeType> = {
		[HARNESS_START]: new HarnessStartTrigger(opts.inputItems ?? []),
		[HARNESS_SET]: new HarnessSet(),
		[HARNESS_NOOP]: new HarnessNoOp(),
	};
	const types: Record<string, INodeType | IVersionedNodeType> = { ...helperTypes };
	for (const [alias, target] of Object.entries(N8N_ALIASES)) types[alias] = helperTypes[target];
	Object.assign(types, opts.nodeTypes ?? {});
	const nodeTypes = new HarnessNodeTypes(types);

	const credentialsHelper = new HarnessCredentialsHelper(opts.credentialTypes ?? [], opts.credentials ?? {});

	const nodes = deepCopy(opts.workflow.nodes).map((node, index) => {
		const filled: INode = { ...node, id: node.id ?? `node-${index}`, position: node.position ?? [index * 200, 0] };
		// Exported workflows reference credentials as `credentials: { type: { id, name } }`.
		// Fill that reference in for every credential type the node declares and
		// the test supplied data for, so fixtures need not carry fake ids.
		const description = nodeTypes.getByNameAndVersion(node.type, node.typeVersion).description;
		for (const { name } of description.credentials ?? []) {
			if (credentialsHelper.hasCredentials(name) && !filled.credentials?.[name]) {
				filled.credentials = { ...filled.credentials, [name]: { id: `harness-${name}`, name } };
			}
		}
		return filled;
	});

	const settings: IWorkflowSettings = { executionOrder: 'v1', ...opts.workflow.settings };
	const workflowId = opts.workflow.id ?? 'harness-workflow';
	const workflowName = opts.workflow.name ?? 'Harness workflow';
	const workflow = new Workflow({
		id: workflowId,
		name: workflowName,
		nodes,
		connections: deepCopy(opts.workflow.connections),
		active: false,
		nodeTypes,
		staticData: deepCopy(opts.workflow.staticData ?? {}),
		settings,
		pinData: opts.workflow.pinData,
	});

	const workflowData: IWorkflowBase = {
		id: workflowId,
		name: workflowName,
		active: false,
		isArchived: false,
		activeVersionId: null,
		createdAt: new Date(),
		updatedAt: new Date(),
		nodes,
		connections: opts.workflow.connections,
		settings,
	};
	// ExecutionLifecycleHooks: WorkflowExecute asserts `additionalData.hooks`
	// exists and runs workflowExecuteBefore/After and nodeExecuteBefore/After on
	// it; the trigger runner registers sendResponse handlers on it. The real
	// class with only our observer attached.
	const hooks = new ExecutionLifecycleHooks(mode, executionId, workflowData);
	const executedNodes: string[] = [];
	hooks.addHandler('nodeExecuteAfter', (nodeName) => {
		executedNodes.push(nodeName);
	});

	const notAvailable = (what: string) => async () => {
		throw new UnexpectedError(`runWorkflow: ${what} is not available in the harness`);
	};
	const base = 'http://localhost:5678';
	// IWorkflowExecuteAdditionalData: what the CLI's getBase() would build. The
	// URLs must be absolute: getAdditionalKeys() does `new URL(webhookWaitingBaseUrl
	// + '/' + executionId)` to build $execution.resumeUrl whenever the run has a
	// resume token (every run created by createRunExecutionData has one).
	const additionalData: IWorkflowExecuteAdditionalData = {
		credentialsHelper,
		hooks,
		// Required by n8n-core's augmentation of IWorkflowExecuteAdditionalData;
		// read only when a credential uses $secrets. The real proxy with no
		// secrets manager: every provider lookup reports "not found".
		externalSecretsProxy: Container.get(ExternalSecretsProxy),
		executionId,
		workflowId,
		userId: 'harness-user',
		currentNodeExecutionIndex: 0,
		restApiUrl: `${base}/rest`,
		instanceBaseUrl: `${base}/`,
		formBaseUrl: `${base}/form`,
		formWaitingBaseUrl: `${base}/form-waiting`,
		formTestBaseUrl: `${base}/form-test`,
		webhookBaseUrl: `${base}/webhook`,
		webhookWaitingBaseUrl: `${base}/webhook-waiting`,
		webhookTestBaseUrl: `${base}/webhook-test`,
		mcpBaseUrl: `${base}/mcp`,
		mcpTestBaseUrl: `${base}/mcp-test`,
		variables: opts.variables ?? {},
		executionTimeoutTimestamp: opts.timeoutMs !== undefined ? Date.now() + opts.timeoutMs : undefined,
		executeWorkflow: notAvailable('executeWorkflow (sub-workflows)'),
		getRunExecutionData: async () => undefined,
		getRuntimeCredential: async () => undefined,
		logAiEvent: () => {},
		startRunnerTask: notAvailable('startRunnerTask (Code node task runner)'),
	} as IWorkflowExecuteAdditionalData;

	const workflowExecute = new WorkflowExecute(additionalData, mode);
	const startNode = workflow.getStartNode();
	const triggerToStartFrom =
		mode !== 'manual' && startNode && nodeTypes.getByNameAndVersion(startNode.type, startNode.typeVersion) instanceof HarnessStartTrigger
			? {
					name: startNode.name,
					data: {
						startTime: Date.now(),
						executionTime: 0,
						executionIndex: 0,
						source: [],
						data: { main: [(opts.inputItems?.length ? opts.inputItems : [{}]).map((json) => ({ json: deepCopy(json) }))] },
					},
				}
			: undefined;
	// run() throws synchronously (WorkflowHasIssuesError) when a node has
	// parameter issues, e.g. a required parameter missing; here that becomes a
	// rejected promise: `await expect(runWorkflow(...)).rejects.toThrow(WorkflowHasIssuesError)`.
	const run = await workflowExecute.run({ workflow, startNode, triggerToStartFrom });

	const runData = run.data.resultData.runData;
	const task = (nodeName: string, runIndex = 0): ITaskData => {
		const t = runData[nodeName]?.[runIndex];
		if (!t) throw new UnexpectedError(`runWorkflow: node "${nodeName}" has no run #${runIndex} (ran: ${Object.keys(runData).join(', ')})`);
		return t;
	};
	const output = (nodeName: string, outputIndex = 0, runIndex = 0): INodeExecutionData[] =>
		runData[nodeName]?.[runIndex]?.data?.main?.[outputIndex] ?? [];

	return {
		run,
		runData,
		status: run.status,
		error: run.data.resultData.error,
		executedNodes,
		credentialsHelper,
		output,
		json: (nodeName, outputIndex, runIndex) => output(nodeName, outputIndex, runIndex).map((i) => i.json),
		task,
		durationMs: performance.now() - started,
	};
}
