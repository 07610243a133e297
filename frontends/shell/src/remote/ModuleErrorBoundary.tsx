import { ErrorPanel } from '@shian/ui-kit/frame';
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { t } from '../i18n';

// Message keys, translated where the panel shows them (an error's own Chinese message is one too).
const FAILED = '模块出错';
const CRASHED = '模块运行出错,请重试或联系管理员';

interface Props {
  label: string;
  onRetry: () => void;
  children: ReactNode;
}

/** Keeps a failing module's error inside its own area: the navigation and other modules go on working. */
export class ModuleErrorBoundary extends Component<Props, { error: unknown }> {
  override state: { error: unknown } = { error: null };

  static getDerivedStateFromError(error: unknown) {
    return { error: error ?? new Error(FAILED) };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo) {
    console.error(`module ${this.props.label} crashed`, error, info.componentStack);
  }

  override render() {
    if (this.state.error) {
      return (
        <ErrorPanel
          title={t('「{{label}}」模块加载失败', { label: t(this.props.label) })}
          error={
            this.state.error instanceof Error && /[\u4e00-\u9fff]/.test(this.state.error.message)
              ? this.state.error
              : new Error(CRASHED)
          }
          onRetry={() => {
            this.setState({ error: null });
            this.props.onRetry();
          }}
        />
      );
    }
    return this.props.children;
  }
}
