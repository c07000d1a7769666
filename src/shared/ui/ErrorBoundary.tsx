import { Component, type ErrorInfo, type ReactNode } from 'react';
import { Translation } from 'react-i18next';

interface Props {
  children: ReactNode;
  /** What failed, for the message ("the diagram"). */
  area: string;
  /** Around the whole app: the message names the app and offers a reload. */
  whole?: boolean;
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
    const { whole } = this.props;
    return (
      <Translation>
        {(t) => (
          <div className="error-panel" role="alert">
            <p>{whole ? t('boundary.whole') : t('boundary.message', { area: this.props.area })}</p>
            <p className="muted">{String(this.state.error?.message ?? '').slice(0, 300)}</p>
            <button type="button" onClick={() => (whole ? window.location.reload() : this.setState({ error: undefined }))}>
              {whole ? t('boundary.reload') : t('boundary.retry')}
            </button>
          </div>
        )}
      </Translation>
    );
  }
}
