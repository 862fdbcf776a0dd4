// A command run as in a terminal: in its own process group, so that Ctrl+C reaches it and what it starts
// (a relaunched server) together, as a terminal's would.
import { spawn } from 'node:child_process';

export interface StartedCommand {
  /** What it printed until it was ready. */
  stdout: string;
  /** Ctrl+C (SIGINT to the process group) or SIGTERM (to the command alone); resolves with the exit code. */
  stop(how: 'Ctrl+C' | 'SIGTERM'): Promise<number | null>;
  /** Kills whatever is left of it: for `finally`. */
  kill(): void;
}

/** Runs `node ...args` until its output matches `ready`. */
export async function startCommand(args: string[], ready: RegExp, timeoutMs: number, env: NodeJS.ProcessEnv = process.env): Promise<StartedCommand> {
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'], detached: true, env });
  let stdout = '';
  child.stdout.on('data', (d) => (stdout += d));
  const kill = () => {
    if (child.exitCode === null && child.signalCode === null) process.kill(-child.pid!, 'SIGKILL');
  };
  const started = Date.now();
  while (!ready.test(stdout)) {
    if (child.exitCode !== null || Date.now() - started > timeoutMs) {
      kill();
      throw new Error(`${args.join(' ')} did not start: ${stdout}`);
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  return {
    stdout,
    stop(how) {
      const exited = new Promise<number | null>((r) => child.once('exit', r));
      if (how === 'SIGTERM') child.kill('SIGTERM');
      else process.kill(-child.pid!, 'SIGINT');
      return exited;
    },
    kill,
  };
}
