/* eslint-disable @n8n/community-nodes/no-restricted-imports -- test and dev code: runs in Node, never inside n8n, and is not published */
import type { ChildProcess } from 'node:child_process';

export declare const ROOT: string;

export interface Runtime {
	line: '1' | '2';
	env: Record<string, string>;
	nodeBin: string;
	n8nBin: string;
	version: string;
}

export interface Item {
	json: Record<string, unknown>;
	pairedItem?: unknown;
}

export interface RunLike {
	status?: string;
	data: {
		resultData: {
			error?: { message?: string; description?: string };
			runData: Record<string, Array<{ data?: { main?: Array<Item[] | null> }; error?: { message?: string } }>>;
		};
	};
}

export declare function ensureRuntime(line: '1' | '2'): Runtime;
export declare function freePort(): Promise<number>;
export declare function packTarball(into: string): string;
export declare function packTarballAt(ref: string, into: string): { tarball: string; commit: string };

export declare class ExecutionResult {
	readonly run: RunLike;
	readonly output: string;
	get status(): string | undefined;
	get error(): RunLike['data']['resultData']['error'];
	items(node: string, outputIndex?: number): Item[];
	json(node: string, outputIndex?: number): Array<Record<string, unknown>>;
}

export interface StartedN8n {
	url: string;
	pid: number;
	log(): string;
	stop(): Promise<void>;
	/** A REST call signed in as the owner (created on the first call). */
	rest(path: string, init?: RequestInit): Promise<Response>;
	/** The owner's session cookie (`name=value`), e.g. for a browser. */
	sessionCookie(): Promise<string>;
	/** The executions n8n recorded for a workflow, newest first. */
	executions(workflowId: string): Promise<Array<{ id: string; status: string; mode: string; finished: boolean }>>;
	/** One execution with its run data. */
	execution(id: string): Promise<ExecutionResult>;
}

export interface StartedWorker {
	pid: number;
	child: ChildProcess;
	log(): string;
	stop(): Promise<void>;
	/** SIGKILL, as a crashed machine. */
	kill(): void;
}

export interface ServerOptions {
	env?: Record<string, string>;
	readyTimeoutMs?: number;
	onOutput?: (text: string) => void;
}

export declare class N8n {
	readonly runtime: Runtime;
	readonly env: NodeJS.ProcessEnv;
	readonly userFolder: string;
	readonly children: Set<ChildProcess>;
	static create(
		runtime: Runtime,
		tarball: string,
		options?: { userFolder?: string; encryptionKey?: string; env?: Record<string, string> },
	): Promise<N8n>;
	cli(args: string[], options?: { allowFailure?: boolean; timeoutMs?: number }): { stdout: string; stderr: string; status: number };
	importCredentials(credentials: object[]): void;
	importWorkflows(workflows: object[]): void;
	cliAsync(args: string[], options?: { timeoutMs?: number }): Promise<{ stdout: string; stderr: string; status: number }>;
	execute(workflowId: string, options?: { timeoutMs?: number }): Promise<ExecutionResult>;
	activate(workflowId: string): void;
	spawnServer(args: string[], options?: ServerOptions): { child: ChildProcess; pid: number; log(): string; stop(): Promise<void> };
	start(options?: ServerOptions & { port?: number }): Promise<StartedN8n>;
	worker(options?: ServerOptions & { concurrency?: number }): Promise<StartedWorker>;
	dispose(options?: { removeFolder: boolean }): Promise<void>;
	packageDir(): string;
}
