/** The provider's pages: plain HTML in Chinese, no script but the logout page's one line, no external assets. */

const html = (value: unknown) =>
  String(value ?? '').replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );

const STYLE = `
  body { margin: 0; min-height: 100vh; display: flex; align-items: center; justify-content: center;
    background: #f0f4f9; font: 14px/1.6 -apple-system, "PingFang SC", "Microsoft YaHei", sans-serif; color: #1f2329; }
  main { width: 360px; background: #fff; border-radius: 8px; padding: 32px; box-shadow: 0 2px 12px rgba(0,0,0,.08); }
  h1 { font-size: 20px; text-align: center; margin: 0 0 4px; }
  p.sub { text-align: center; color: #8a8f99; margin: 0 0 24px; }
  label { display: block; margin-bottom: 16px; }
  label span { display: block; margin-bottom: 6px; }
  input { width: 100%; box-sizing: border-box; padding: 8px 10px; border: 1px solid #d0d5dd; border-radius: 6px; font: inherit; }
  button { width: 100%; padding: 9px; border: 0; border-radius: 6px; background: #1677ff; color: #fff; font: inherit; cursor: pointer; }
  .error { background: #fff2f0; border: 1px solid #ffccc7; color: #a8071a; padding: 8px 12px; border-radius: 6px; margin-bottom: 16px; }
  .note { color: #8a8f99; font-size: 12px; margin-top: 16px; text-align: center; }`;

function page(title: string, body: string, head = ''): string {
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<link rel="icon" href="data:," />
<title>${html(title)}</title>
<style>${STYLE}</style>${head}
</head>
<body><main>${body}</main></body>
</html>`;
}

export function loginPage(options: { action: string; clientName?: string; username?: string; error?: string }) {
  return page(
    '统一身份认证 · 登录',
    `<h1>统一身份认证</h1>
<p class="sub">${html(options.clientName ?? '食安监管平台')}</p>
${options.error ? `<div class="error" role="alert">${html(options.error)}</div>` : ''}
<form method="post" action="${html(options.action)}">
  <label for="username"><span>用户名</span><input id="username" name="username" value="${html(options.username)}" autocomplete="username" required autofocus /></label>
  <label for="password"><span>密码</span><input id="password" name="password" type="password" autocomplete="current-password" required /></label>
  <button type="submit">登录</button>
</form>
<p class="note">开发环境身份认证服务 · 演示账号密码均为 shian-demo</p>`,
  );
}

/** RP-initiated logout: the shell asked for it, so the form submits itself (no "are you sure" page). */
export function logoutPage(form: string) {
  return page(
    '正在退出登录',
    `<h1>正在退出登录…</h1>${form}<input type="hidden" form="op.logoutForm" name="logout" value="yes" />
<noscript><button type="submit" form="op.logoutForm">退出登录</button></noscript>
<script>document.forms['op.logoutForm'].submit();</script>`,
  );
}

export function loggedOutPage() {
  return page('已退出登录', '<h1>已退出登录</h1><p class="sub">可以关闭本页面。</p>');
}

export function errorPage(out: Record<string, string>) {
  return page(
    '认证出错',
    `<h1>认证出错</h1><div class="error" role="alert">${html(out.error)}: ${html(out.error_description)}</div>`,
  );
}
