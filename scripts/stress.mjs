// `npm run test:stress`: the whole test suite (`npm test`) with one core kept
// busy by a spinning child process, as on a contributor's laptop that is doing
// something else, or a CI machine shared with another job. STRESS_RUNS=3 runs
// it three times and stops at the first failure (a flaky test shows up as a
// run that fails where the one before passed).
import { spawn } from 'node:child_process';

const runs = Math.max(1, Number(process.env.STRESS_RUNS ?? 1));

/** One core at 100 % until killed: a child process that never yields. */
function busyCore() {
  return spawn(process.execPath, ['-e', 'for (;;) {}'], { stdio: 'ignore' });
}

function runSuite() {
  return new Promise((resolve) => {
    const child = spawn('npm', ['test'], { stdio: 'inherit', shell: process.platform === 'win32' });
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

const busy = busyCore();
const stop = () => busy.kill('SIGKILL');
process.on('SIGINT', () => {
  stop();
  process.exit(130);
});

let code = 0;
for (let run = 1; run <= runs; run++) {
  const started = Date.now();
  console.log(`\ntest:stress: run ${run} of ${runs}, one core kept busy`);
  code = await runSuite();
  console.log(`test:stress: run ${run} ${code === 0 ? 'passed' : `FAILED (exit ${code})`} in ${Math.round((Date.now() - started) / 1000)} s`);
  if (code !== 0) break;
}
stop();
process.exit(code);
