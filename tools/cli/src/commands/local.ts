import { relative } from 'node:path';
import { findWorkspaceRoot, loadEnvironment, UsageError } from '@stratum/config';
import {
  describeOwner,
  EmulatorError,
  emulatorStatus,
  ensureStateBucket,
  startEmulator,
  stopEmulator,
  type EmulatorStatus,
} from '@stratum/emulator';
import { parseCommandArgs } from '../args';
import type { Command } from '../command';
import { EXIT, type CommandIO } from '../io';

const ACTIONS = ['up', 'down', 'status'] as const;
type Action = (typeof ACTIONS)[number];

export const localCommand: Command = {
  name: 'local',
  summary: 'Run the local AWS emulator (moto server on 127.0.0.1) for an environment with an endpoint.',
  usage: `Usage: stratum local up | down | status [--env <env>] [--json]

Manages the moto server behind an environment whose \`endpoint\` is on loopback (environments/local.yaml:
http://127.0.0.1:4566). \`up\` finds moto_server (STRATUM_MOTO_SERVER, .stratum/emulator/venv, PATH), installs
moto[server] into .stratum/emulator/venv with python3 and pip when it is missing, starts it detached on
127.0.0.1 and waits until it answers; its log is .stratum/emulator/<env>.log. \`down\` stops it (moto keeps its
resources in memory: they are gone afterwards). For an environment with S3 state (environments/local-prod.yaml),
\`up\` also creates its state bucket on the emulator. \`status\` says running, stopped, stale (pid file of a dead
process) or external (a moto that stratum did not start), and who holds the port.

Options:
  --env <env>   Environment (default local).
  --json        Print the status as JSON.

Exit: 0 done (status: running), 1 failed (status: not running), 2 usage error.`,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(
      'local',
      args,
      { env: { type: 'string' }, json: { type: 'boolean' } },
      true,
    );
    const action = positionals[0];
    if (positionals.length !== 1 || !isAction(action)) {
      throw new UsageError(
        `stratum local: give one of ${ACTIONS.join(', ')}${action ? `, not '${positionals.join(' ')}'` : ''}.`,
      );
    }
    const root = findWorkspaceRoot(io.cwd, io.env);
    const env = loadEnvironment(root, values.env ?? 'local');
    const json = values.json ?? false;
    const target = { root, env };
    try {
      if (action === 'status') {
        const status = await emulatorStatus(target);
        print(io, root, status, json);
        return status.state === 'running' || status.state === 'external' ? EXIT.ok : EXIT.failure;
      }
      if (action === 'up') {
        const result = await startEmulator({
          ...target,
          locate: {
            processEnv: io.env,
            onProgress: (line) => io.err(line),
            ...(io.env.STRATUM_MOTO_SERVER ? { explicit: io.env.STRATUM_MOTO_SERVER } : {}),
          },
        });
        const bucket =
          env.stateBackend.type === 's3'
            ? await ensureStateBucket(result.endpoint, env.stateBackend.bucket, env.stateBackend.region)
            : undefined;
        print(io, root, result, json, result.started ? `started (${result.server?.bin})` : undefined);
        if (bucket && !json)
          io.out(
            `state bucket ${bucket.bucket}: ${bucket.created ? 'created' : 'already there'} on ${result.endpoint}`,
          );
        return EXIT.ok;
      }
      const result = await stopEmulator(target);
      print(
        io,
        root,
        result,
        json,
        result.stopped
          ? 'stopped; its resources are gone (moto keeps them in memory): after the next `up`, redeploy with `stratum deploy --env ' +
              env.name +
              ' --all --force`'
          : undefined,
      );
      return result.state === 'external' ? EXIT.failure : EXIT.ok;
    } catch (error) {
      if (!(error instanceof EmulatorError)) throw error;
      if (json) io.out(JSON.stringify({ env: env.name, error: error.message }, null, 2));
      io.err(`stratum local ${action}: ${error.message}`);
      return EXIT.failure;
    }
  },
};

function isAction(value: string | undefined): value is Action {
  return (ACTIONS as readonly (string | undefined)[]).includes(value);
}

function print(io: CommandIO, root: string, status: EmulatorStatus, json: boolean, what?: string): void {
  if (json) {
    io.out(JSON.stringify(status, null, 2));
    return;
  }
  const log = relative(root, status.logFile);
  const lines: Record<EmulatorStatus['state'], string> = {
    running: `running (pid ${status.pid}${status.startedAt ? `, since ${status.startedAt}` : ''}) on ${status.endpoint}, ${status.responding ? 'answering' : 'NOT answering'}; log ${log}`,
    stopped: `stopped (${status.endpoint})`,
    stale: `stale: the pid file names pid ${status.pid}, which is gone; \`stratum local down --env ${status.env}\` removes it`,
    external: `external: a moto server that stratum did not start answers on ${status.endpoint}${status.portOwner ? ` (${describeOwner(status.portOwner)})` : ''}; stratum uses it but never stops it`,
  };
  io.out(`${status.env} emulator: ${what ? `${what}. ` : ''}${lines[status.state]}`);
  if (status.state !== 'running' && status.state !== 'external' && status.portOwner) {
    io.out(`  port ${status.portOwner.port} is held by ${describeOwner(status.portOwner)}`);
  }
}
