/**
 * In-memory ICredentialsHelper for the workflow harness.
 *
 * n8n-core never reads credentials itself: every node-side access goes through
 * `additionalData.credentialsHelper` (see n8n-core 2.41.1
 * dist/execution-engine/node-execution-context/node-execution-context.js
 * `_getCredentials` -> `getDecrypted`, and
 * dist/execution-engine/node-execution-context/utils/request-helpers/authentication.js
 * `httpRequestWithAuthentication` -> `getParentTypes`, `preAuthentication`
 * (called unconditionally), `authenticate`, then the real OutboundHttp/axios).
 *
 * This class stands in for the CLI's database-backed CredentialsHelper. The
 * parts that decide what goes on the wire behave like n8n's:
 *  - `authenticate`: a function `authenticate` is awaited as-is; a generic one
 *    (`{ type: 'generic', properties: { auth | headers | qs | body: {...} } }`)
 *    has every key and value resolved as an expression with only
 *    `$credentials` in scope, via `workflow.expression.getSimpleParameterValue`
 *    (the same call n8n makes), and is written onto `requestOptions[outerKey][key]`.
 *    A falsy resolved value becomes '' (so `password: ''` stays '').
 *  - `preAuthentication`: only runs when the type has a hidden property with
 *    `typeOptions.expirable` and that value is empty or `credentialsExpired`
 *    is true; otherwise returns undefined. Types without `preAuthentication`
 *    simply return undefined.
 *  - `getDecrypted`: type defaults are filled in from the credential
 *    properties (NodeHelpers.getNodeParameters) and expressions inside stored
 *    credential values are resolved like n8n does.
 * Storage is a plain map keyed by credential type name; the node's
 * `credentials: { type: { id, name } }` entry only has to exist.
 */
import type {
	ICredentialDataDecryptedObject,
	ICredentialsExpressionResolveValues,
	ICredentialType,
	IDataObject,
	IExecuteData,
	IHttpRequestHelper,
	IHttpRequestOptions,
	INode,
	INodeCredentialsDetails,
	INodeParameters,
	INodeProperties,
	INodeType,
	INodeTypes,
	IRequestOptionsSimplified,
	IWorkflowExecuteAdditionalData,
	Workflow as WorkflowType,
	WorkflowExecuteMode,
} from 'n8n-workflow';
import {
	deepCopy,
	ICredentialsHelper,
	isExpression,
	NodeHelpers,
	UnexpectedError,
	UserError,
	Workflow,
} from 'n8n-workflow';
import { Credentials, getAdditionalKeys } from 'n8n-core';

/** A node and type used only to resolve expressions that live inside credential data. */
const CREDENTIAL_RESOLVER_NODE: INode = {
	id: 'harness-credential-resolver',
	name: 'harness-credential-resolver',
	type: 'harness.credentialResolver',
	typeVersion: 1,
	position: [0, 0],
	parameters: {},
};
const credentialResolverNodeType: INodeType = {
	description: {
		displayName: 'Credential Resolver',
		name: 'harness.credentialResolver',
		group: [],
		version: 1,
		description: '',
		defaults: {},
		inputs: [],
		outputs: [],
		properties: [],
	},
};
const credentialResolverNodeTypes: INodeTypes = {
	getByName: () => credentialResolverNodeType,
	getByNameAndVersion: () => credentialResolverNodeType,
	getKnownTypes: () => ({}),
};

function containsExpression(value: unknown): boolean {
	if (typeof value === 'string') return isExpression(value);
	if (Array.isArray(value)) return value.some(containsExpression);
	if (value !== null && typeof value === 'object') return Object.values(value).some(containsExpression);
	return false;
}

export interface CredentialEvent {
	kind: 'getDecrypted' | 'authenticate' | 'preAuthentication' | 'update';
	type: string;
	nodeName?: string;
}

export class HarnessCredentialsHelper extends ICredentialsHelper {
	private readonly types = new Map<string, ICredentialType>();
	private readonly store = new Map<string, ICredentialDataDecryptedObject>();
	/** What n8n-core asked for, in order (handy for assertions and debugging). */
	readonly events: CredentialEvent[] = [];

	constructor(
		credentialTypes: ICredentialType[],
		credentials: Record<string, ICredentialDataDecryptedObject>,
	) {
		super();
		for (const type of credentialTypes) this.types.set(type.name, type);
		for (const [type, data] of Object.entries(credentials)) {
			if (!this.types.has(type)) {
				throw new UnexpectedError(
					`runWorkflow: credentials given for "${type}" but no credential type with that name was registered`,
				);
			}
			this.store.set(type, deepCopy(data));
		}
	}

	/** Current stored data (reflects preAuthentication / OAuth token updates). */
	getStored(type: string): ICredentialDataDecryptedObject | undefined {
		const data = this.store.get(type);
		return data === undefined ? undefined : deepCopy(data);
	}

	hasCredentials(type: string): boolean {
		return this.store.has(type);
	}

	private getType(name: string): ICredentialType {
		const type = this.types.get(name);
		if (!type) throw new UnexpectedError(`Unknown credential type "${name}" (not passed to runWorkflow credentialTypes)`);
		return type;
	}

	getParentTypes(name: string): string[] {
		const type = this.types.get(name);
		if (!type?.extends) return [];
		const parents: string[] = [];
		for (const parent of type.extends) {
			parents.push(parent, ...this.getParentTypes(parent));
		}
		return parents;
	}

	isCredentialUsableByNode(credentialType: string, nodeType: string): boolean {
		const type = this.types.get(credentialType);
		if (!type?.restrictToSupportedNodes) return true;
		return (type.supportedNodes ?? []).some((n) => n === nodeType || nodeType.endsWith(`.${n}`));
	}

	async authenticate(
		credentials: ICredentialDataDecryptedObject,
		typeName: string,
		requestOptions: IHttpRequestOptions | IRequestOptionsSimplified,
		workflow?: WorkflowType,
		node?: INode,
	): Promise<IHttpRequestOptions> {
		this.events.push({ kind: 'authenticate', type: typeName, nodeName: node?.name });
		const { authenticate } = this.getType(typeName);
		if (typeof authenticate === 'function') {
			return await authenticate(credentials, requestOptions as IHttpRequestOptions);
		}
		if (authenticate && typeof authenticate === 'object') {
			if (!workflow || !node) {
				throw new UnexpectedError('Workflow and node are required for declarative credential authentication');
			}
			if (requestOptions.headers === undefined) requestOptions.headers = {};
			if (authenticate.type === 'generic') {
				const target = requestOptions as unknown as Record<string, Record<string, unknown>>;
				for (const [outerKey, outerValue] of Object.entries(authenticate.properties)) {
					for (const [key, value] of Object.entries(outerValue as IDataObject)) {
						const resolvedKey = this.resolveValue(key, credentials, workflow, node);
						const resolvedValue = this.resolveValue(value as string, credentials, workflow, node);
						if (!target[outerKey]) target[outerKey] = {};
						target[outerKey][resolvedKey] = resolvedValue;
					}
				}
			}
		}
		return requestOptions as IHttpRequestOptions;
	}

	/** Resolves `={{$credentials.x}}`-style strings with only `$credentials` in scope, as n8n does. */
	private resolveValue(value: string, credentials: ICredentialDataDecryptedObject, workflow: WorkflowType, node: INode): string {
		if (!isExpression(value)) return value;
		const resolved = workflow.expression.getSimpleParameterValue(
			node,
			value,
			'internal',
			{ $credentials: credentials },
			undefined,
			'',
		);
		if (!resolved) return '';
		return String(resolved);
	}

	async preAuthentication(
		helpers: IHttpRequestHelper,
		credentials: ICredentialDataDecryptedObject,
		typeName: string,
		node: INode,
		credentialsExpired: boolean,
	): Promise<ICredentialDataDecryptedObject | undefined> {
		const type = this.getType(typeName);
		const expirable = type.properties.find(
			(p) => p.type === 'hidden' && p.typeOptions?.expirable === true,
		);
		if (expirable?.name === undefined) return undefined;
		if (typeof type.preAuthentication !== 'function') return undefined;
		if (credentials[expirable.name] !== '' && !credentialsExpired) return undefined;

		this.events.push({ kind: 'preAuthentication', type: typeName, nodeName: node.name });
		const output = (await type.preAuthentication.call(helpers, credentials)) as ICredentialDataDecryptedObject;
		if (output?.[expirable.name] === undefined) return undefined;
		if (node.credentials?.[typeName]) {
			// n8n persists the refreshed token; the harness keeps it for the rest of the run.
			await this.updateCredentials(node.credentials[typeName], typeName, { ...credentials, ...output });
		}
		return Object.assign(credentials, output);
	}

	async runPreAuthentication(
		helpers: IHttpRequestHelper,
		credentials: ICredentialDataDecryptedObject,
		typeName: string,
	): Promise<ICredentialDataDecryptedObject | undefined> {
		const type = this.getType(typeName);
		if (typeof type.preAuthentication !== 'function') return undefined;
		return ((await type.preAuthentication.call(helpers, credentials)) as ICredentialDataDecryptedObject) ?? undefined;
	}

	async getCredentials(nodeCredentials: INodeCredentialsDetails, type: string): Promise<Credentials> {
		const data = this.store.get(type);
		if (data === undefined) throw this.notFound(nodeCredentials, type);
		// Real n8n-core Credentials object (encrypts with the InstanceSettings key).
		const credentials = new Credentials({ id: nodeCredentials.id, name: nodeCredentials.name }, type);
		await credentials.setData(deepCopy(data));
		return credentials;
	}

	private notFound(nodeCredentials: INodeCredentialsDetails, type: string): Error {
		return new UserError(
			`Credential with ID "${nodeCredentials.id ?? '(none)'}" does not exist for type "${type}" (no data passed to runWorkflow credentials)`,
		);
	}

	async getDecrypted(
		additionalData: IWorkflowExecuteAdditionalData,
		nodeCredentials: INodeCredentialsDetails,
		type: string,
		mode: WorkflowExecuteMode,
		executeData?: IExecuteData,
		raw?: boolean,
		expressionResolveValues?: ICredentialsExpressionResolveValues,
	): Promise<ICredentialDataDecryptedObject> {
		this.events.push({ kind: 'getDecrypted', type, nodeName: expressionResolveValues?.node.name ?? executeData?.node.name });
		const stored = this.store.get(type);
		if (stored === undefined) throw this.notFound(nodeCredentials, type);
		if (raw === true) return deepCopy(stored);

		// Fill in type defaults for fields the test did not set.
		let data = NodeHelpers.getNodeParameters(
			this.getCredentialsProperties(type),
			deepCopy(stored) as INodeParameters,
			true,
			false,
			null,
			null,
		) as ICredentialDataDecryptedObject;
		if (stored.oauthTokenData !== undefined) data.oauthTokenData = deepCopy(stored.oauthTokenData);

		if (!containsExpression(data)) return data;

		const additionalKeys = getAdditionalKeys(additionalData, mode, null, { isCredential: true });
		if (expressionResolveValues) {
			data = expressionResolveValues.workflow.expression.getParameterValue(
				data as INodeParameters,
				expressionResolveValues.runExecutionData,
				expressionResolveValues.runIndex,
				expressionResolveValues.itemIndex,
				expressionResolveValues.node.name,
				expressionResolveValues.connectionInputData,
				mode,
				additionalKeys,
				executeData,
				false,
				data,
			) as ICredentialDataDecryptedObject;
		} else {
			const workflow = new Workflow({
				nodes: [CREDENTIAL_RESOLVER_NODE],
				connections: {},
				active: false,
				nodeTypes: credentialResolverNodeTypes,
			});
			data = workflow.expression.getComplexParameterValue(
				CREDENTIAL_RESOLVER_NODE,
				data as INodeParameters,
				mode,
				additionalKeys,
				undefined,
				undefined,
				data,
			) as ICredentialDataDecryptedObject;
		}
		return data;
	}

	async updateCredentials(
		_nodeCredentials: INodeCredentialsDetails,
		type: string,
		data: ICredentialDataDecryptedObject,
	): Promise<void> {
		this.events.push({ kind: 'update', type });
		this.store.set(type, deepCopy(data));
	}

	async updateCredentialsOauthTokenData(
		_nodeCredentials: INodeCredentialsDetails,
		type: string,
		data: ICredentialDataDecryptedObject,
	): Promise<void> {
		this.events.push({ kind: 'update', type });
		const current = this.store.get(type) ?? {};
		this.store.set(type, { ...current, oauthTokenData: deepCopy(data.oauthTokenData) });
	}

	getCredentialsProperties(type: string): INodeProperties[] {
		const credentialType = this.getType(type);
		if (credentialType.extends === undefined) {
			if (['oAuth1Api', 'oAuth2Api'].includes(type)) {
				return [
					...credentialType.properties,
					{ displayName: 'oauthTokenData', name: 'oauthTokenData', type: 'json', required: false, default: {} },
				];
			}
			return credentialType.properties;
		}
		const combined: INodeProperties[] = [];
		for (const parent of credentialType.extends) {
			NodeHelpers.mergeNodeProperties(combined, this.getCredentialsProperties(parent));
		}
		NodeHelpers.mergeNodeProperties(combined, credentialType.properties);
		return combined;
	}
}
