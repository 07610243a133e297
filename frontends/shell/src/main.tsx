import { ErrorPanel, ShianUiProvider } from '@shian/ui-kit';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { fetchManifest, registerManifest } from './manifest';

const root = createRoot(document.getElementById('root')!);

try {
  const manifest = await fetchManifest();
  registerManifest(manifest);
  root.render(<App manifest={manifest} />);
} catch (error) {
  console.error('shell failed to start', error);
  root.render(
    <ShianUiProvider>
      <ErrorPanel title="平台启动失败" error={error} onRetry={() => window.location.reload()} />
    </ShianUiProvider>,
  );
}
