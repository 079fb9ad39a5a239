import { readdirSync, readFileSync, readlinkSync } from 'node:fs';
import { createServer, Socket } from 'node:net';

/** A process listening on a TCP port. `pid` is unknown when /proc does not say (another user, not Linux). */
export interface PortOwner {
  readonly port: number;
  readonly pid?: number;
  /** Its command line, spaces between arguments. */
  readonly command?: string;
}

/** A TCP port on 127.0.0.1 that was free a moment ago (the OS picks it). For tests and throwaway emulators. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => (port > 0 ? resolve(port) : reject(new Error('the OS gave no port'))));
    });
  });
}

/** True when something accepts TCP connections on host:port. */
export function portIsOpen(host: string, port: number, timeoutMs = 1000): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = new Socket();
    const done = (open: boolean) => {
      socket.destroy();
      resolve(open);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
    socket.connect(port, host);
  });
}

/**
 * Who listens on `port` (any local address): the socket's inode from /proc/net/tcp{,6}, then the process
 * holding that inode. Falls back to a connect test where /proc is unavailable; undefined when the port is free.
 */
export async function portOwner(port: number): Promise<PortOwner | undefined> {
  const inodes = listeningInodes(port);
  if (inodes === undefined) return (await portIsOpen('127.0.0.1', port)) ? { port } : undefined;
  if (inodes.size === 0) return undefined;
  const pid = processHoldingSocket(inodes);
  if (pid === undefined) return { port };
  const command = commandLine(pid);
  return { port, pid, ...(command ? { command } : {}) };
}

/** Inodes of sockets listening on `port`; undefined when /proc/net is not readable. */
function listeningInodes(port: number): Set<string> | undefined {
  const out = new Set<string>();
  let readAny = false;
  for (const file of ['/proc/net/tcp', '/proc/net/tcp6']) {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch {
      continue;
    }
    readAny = true;
    for (const line of text.split('\n').slice(1)) {
      const fields = line.trim().split(/\s+/);
      // sl local_address rem_address st tx:rx tr:when retrnsmt uid timeout inode
      const [, local, , state, , , , , , inode] = fields;
      if (!local || state !== '0A' || !inode) continue; // 0A = LISTEN
      if (parseInt(local.split(':')[1] ?? '', 16) === port) out.add(inode);
    }
  }
  return readAny ? out : undefined;
}

function processHoldingSocket(inodes: ReadonlySet<string>): number | undefined {
  const wanted = new Set([...inodes].map((inode) => `socket:[${inode}]`));
  let pids: string[];
  try {
    pids = readdirSync('/proc').filter((name) => /^\d+$/.test(name));
  } catch {
    return undefined;
  }
  for (const pid of pids) {
    let fds: string[];
    try {
      fds = readdirSync(`/proc/${pid}/fd`);
    } catch {
      continue;
    }
    for (const fd of fds) {
      try {
        if (wanted.has(readlinkSync(`/proc/${pid}/fd/${fd}`))) return Number(pid);
      } catch {
        // the fd closed meanwhile
      }
    }
  }
  return undefined;
}

/** The command line of a live process, or undefined when it is gone (or /proc is unavailable). */
export function commandLine(pid: number): string | undefined {
  try {
    const text = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean).join(' ');
    return text || undefined;
  } catch {
    return undefined;
  }
}
