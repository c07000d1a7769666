import { Component, type ErrorInfo, type ReactNode } from 'react';
import { Translation } from 'react-i18next';

interface Props {
  children: ReactNode;
  /** What failed, for the message ("the diagram"). */
  area: string;
}

/** Keeps a failure in one panel from blanking the page, and says so in the user's language. */
export class ErrorBoundary extends Component<Props, { error?: Error }> {
  override state: { error?: Error } = {};

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    console.error(error, info.componentStack);
  }

  override render() {
    if (!this.state.error) return this.props.children;
    return (
      <Translation>
        {(t) => (
          <div className="error-panel" role="alert">
            <p>{t('boundary.message', { area: this.props.area })}</p>
            <p className="muted">{this.state.error?.message}</p>
            <button type="button" onClick={() => this.setState({ error: undefined })}>
              {t('boundary.retry')}
            </button>
          </div>
        )}
      </Translation>
    );
  }
}
