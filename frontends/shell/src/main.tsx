import { ErrorPanel, ShianFrameProvider } from '@shian/ui-kit/frame';
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
    <ShianFrameProvider>
      <ErrorPanel title="平台启动失败" error={error} onRetry={() => window.location.reload()} />
    </ShianFrameProvider>,
  );
}
