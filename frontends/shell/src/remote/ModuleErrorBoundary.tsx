import { ErrorPanel } from '@shian/ui-kit/frame';
import { Component, type ErrorInfo, type ReactNode } from 'react';

interface Props {
  label: string;
  onRetry: () => void;
  children: ReactNode;
}

/** Keeps a failing module's error inside its own area: the navigation and other modules go on working. */
export class ModuleErrorBoundary extends Component<Props, { error: unknown }> {
  override state: { error: unknown } = { error: null };

  static getDerivedStateFromError(error: unknown) {
    return { error: error ?? new Error('模块出错') };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo) {
    console.error(`module ${this.props.label} crashed`, error, info.componentStack);
  }

  override render() {
    if (this.state.error) {
      return (
        <ErrorPanel
          title={`「${this.props.label}」模块加载失败`}
          error={
            this.state.error instanceof Error && /[\u4e00-\u9fff]/.test(this.state.error.message)
              ? this.state.error
              : new Error('模块运行出错,请重试或联系管理员')
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
