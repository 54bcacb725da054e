// Runs a TypeScript file with tsx's loader: `node build/run-ts.mjs file.ts [args…]`.
import { spawn } from 'node:child_process';

const [file, ...args] = process.argv.slice(2);
if (!file) {
  console.error('Usage: node build/run-ts.mjs <file.ts> [args…]');
  process.exit(2);
}
const child = spawn(process.execPath, ['--import', 'tsx', file, ...args], { stdio: 'inherit' });
// Pass signals on so the child can close cleanly (the preview locks its vault on the way out).
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
