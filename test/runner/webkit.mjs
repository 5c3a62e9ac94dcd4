// WebKitGTK's MiniBrowser through WebKitWebDriver, on a private Xvfb display:
// GTK's MiniBrowser has no headless mode, and `xvfb-run` leaves its Xvfb or
// temp directories behind when killed, so the launcher starts and stops both.
import {spawn} from 'node:child_process';
import {createServer} from 'node:net';
import {webdriverLauncher} from '@web/test-runner-webdriver';

export async function webkitLauncher({binary}) {
  const xvfb = spawn(
    'Xvfb',
    ['-displayfd', '3', '-screen', '0', '1920x1080x24', '-nolisten', 'tcp'],
    {stdio: ['ignore', 'ignore', 'ignore', 'pipe']}
  );
  const display = await new Promise((resolve, reject) => {
    xvfb.stdio[3].once('data', (d) => resolve(`:${String(d).trim()}`));
    xvfb.once('exit', (code) => reject(new Error(`Xvfb exited with ${code}`)));
  });
  const port = await freePort();
  const driver = spawn('WebKitWebDriver', [`--port=${port}`], {
    stdio: 'ignore',
    env: {...process.env, DISPLAY: display},
  });
  process.once('exit', () => {
    driver.kill();
    xvfb.kill();
  });
  await waitForDriver(port);

  const launcher = webdriverLauncher({
    hostname: '127.0.0.1',
    port,
    logLevel: 'error',
    capabilities: {
      browserName: 'MiniBrowser',
      // WebKitGTK's driver has no BiDi: without this, wdio 9 asks for webSocketUrl and is refused.
      'wdio:enforceWebDriverClassic': true,
      'webkitgtk:browserOptions': {binary, args: ['--automation']},
    },
  });
  // One top-level page per test file (the launcher uses iframes when the global
  // concurrency > 1), so the window decides the viewport and focus is real.
  launcher.concurrency = 1;
  const initialize = launcher.initialize.bind(launcher);
  launcher.initialize = (config, files) =>
    initialize({...config, concurrency: 1}, files);
  return launcher;
}

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer()
      .once('error', reject)
      .listen(0, '127.0.0.1', () => {
        const {port} = srv.address();
        srv.close(() => resolve(port));
      });
  });
}

async function waitForDriver(port) {
  for (let i = 0; i < 100; i++) {
    try {
      const res = await fetch(`http://127.0.0.1:${port}/status`);
      if ((await res.json()).value?.ready) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`WebKitWebDriver did not answer on port ${port}`);
}
