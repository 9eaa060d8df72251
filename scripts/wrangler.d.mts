export function wranglerEnv(): NodeJS.ProcessEnv;
export function runWrangler(args: string[], options?: import("node:child_process").SpawnOptions): Promise<void>;
export function applyLocalMigrations(persistTo?: string): Promise<void>;
export function freePort(): Promise<number>;
