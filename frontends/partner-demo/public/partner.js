// A partner's own page: no framework, no build. It asks the gateway for a token, imports the enforcement module's
// embed.js from where the bureau serves it, mounts it into one element, and can unmount it again.
const config = await (await fetch('/config.json')).json();
const element = document.getElementById('enforcement-module');
const status = document.getElementById('status');
const unmountButton = document.getElementById('unmount');
let unmount = null;

function say(text, error = false) {
  status.textContent = text;
  status.className = error ? 'error' : '';
}

async function requestToken(username, password) {
  const response = await fetch(`${config.gatewayUrl}/auth/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  if (!response.ok)
    throw new Error(response.status === 401 ? '用户名或密码错误' : `获取令牌失败(HTTP ${response.status})`);
  return (await response.json()).token;
}

document.getElementById('sign-in-form').addEventListener('submit', async (event) => {
  event.preventDefault();
  const username = document.getElementById('username').value;
  const password = document.getElementById('password').value;
  try {
    say('正在获取令牌…');
    const token = await requestToken(username, password);
    const { mount } = await import(config.moduleUrl);
    unmount?.();
    unmount = mount(element, { gatewayUrl: config.gatewayUrl, token, locale: 'zh-CN' });
    unmountButton.disabled = false;
    document.getElementById('who').textContent = `已用 ${username} 的令牌加载执法办案模块`;
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
