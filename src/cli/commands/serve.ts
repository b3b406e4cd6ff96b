import type { Command } from 'commander';
import { VouchError } from '../../core/errors.js';
import { createVouchServer } from '../../server/app.js';
import { write, type CliIo } from '../io.js';
import { guardFromOptions } from '../shared-options.js';

interface ServeOptions {
  port: string;
  host: string;
  policy?: string;
}

/** `vouch serve`: the HTTP API and playground page; runs until interrupted. */
export function registerServe(program: Command, io: CliIo, setExit: (code: number) => void): void {
  program
    .command('serve')
    .description('Start the HTTP API (guard check and restore) and the playground page')
    .option('--port <port>', 'port to listen on (env VOUCH_PORT)', io.env.VOUCH_PORT ?? '8787')
    .option('--host <host>', 'address to bind (env VOUCH_HOST)', io.env.VOUCH_HOST ?? '127.0.0.1')
    .option('--policy <file>', 'policy file or builtin:<name> (env VOUCH_POLICY)', io.env.VOUCH_POLICY)
    .action(async (options: ServeOptions) => {
      const port = Number(options.port);
      if (!Number.isInteger(port) || port < 0 || port > 65535) {
        throw new VouchError('VOUCH_USAGE', `--port ${options.port} is not a port number`, { fix: 'Use an integer from 0 to 65535.' });
      }
      const server = createVouchServer({ guard: guardFromOptions(options, io) });
      await new Promise<void>((resolve, reject) => {
        server.once('error', (error) => reject(new VouchError('VOUCH_TARGET_FAILED', `cannot listen on ${options.host}:${port}: ${error.message}`, { fix: 'Pick another --port.' })));
        server.listen(port, options.host, () => resolve());
      });
      const address = server.address();
      const bound = typeof address === 'object' && address ? address.port : port;
      await write(io.stdout, `vouch serving on http://${options.host}:${bound}  (POST /v1/guard/check, GET /healthz)\n`);
      await new Promise<void>((resolve) => server.once('close', () => resolve()));
      setExit(0);
    });
}
