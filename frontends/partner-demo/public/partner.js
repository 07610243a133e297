// A partner's own page: no framework, no build. Its own backend (server.ts, same origin) buys a short-lived
// department token from the bureau's identity provider with the department's client credentials; no person's
// password is involved. The page imports the enforcement module's embed.js from where the bureau serves it, mounts
// it into one element with `getToken`, which the module calls again before each token expires, and can unmount it.
// Not awaited here: the form's handler must be in place before anyone can press its button.
const config = fetch('/config.json').then((response) => response.json());
const element = document.getElementById('enforcement-module');
const status = document.getElementById('status');
const tokenStatus = document.getElementById('token-status');
const unmountButton = document.getElementById('unmount');
let unmount = null;
let tokensFetched = 0;

function say(text, error = false) {
  status.textContent = text;
  status.className = error ? 'error' : '';
}

/** Asks our own backend for a department token (it holds the client secret, never the page). */
async function departmentToken(department) {
  const response = await fetch(`/partner-token?department=${encodeURIComponent(department)}`, { cache: 'no-store' });
  const body = await response.json().catch(() => ({}));
  if (!response.ok || typeof body.token !== 'string')
    throw new Error(body.error ?? `获取令牌失败(HTTP ${response.status})`);
  tokensFetched += 1;
  const until = new Date(Date.now() + body.expiresIn * 1000).toLocaleTimeString('zh-CN', { hour12: false });
  tokenStatus.textContent = `部门令牌已获取 ${tokensFetched} 次,当前令牌有效至 ${until}(到期前由模块自动续取)`;
  tokenStatus.dataset.count = String(tokensFetched);
  return body.token;
}

document.getElementById('load-form').addEventListener('submit', async (event) => {
  event.preventDefault();
  const department = document.getElementById('department').value;
  try {
    say('正在获取部门令牌…');
    const token = await departmentToken(department);
    const { gatewayUrl, moduleUrl } = await config;
    const { mount } = await import(moduleUrl);
    unmount?.();
    unmount = mount(element, {
      gatewayUrl,
      token,
      getToken: () => departmentToken(department),
      locale: 'zh-CN',
    });
    unmountButton.disabled = false;
    document.getElementById('who').textContent = `已用 ${department} 部门令牌加载执法办案模块`;
    say('模块已加载');
  } catch (error) {
    say(error instanceof Error ? error.message : String(error), true);
  }
});

unmountButton.addEventListener('click', () => {
  unmount?.();
  unmount = null;
  unmountButton.disabled = true;
  document.getElementById('who').textContent = '';
  say('模块已卸载');
});
