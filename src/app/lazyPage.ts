import { type ComponentType, lazy } from 'react';
import { loadAllTranslations } from '../shared/i18n';

/**
 * A lazily loaded page or panel whose code and translations arrive together: the first screen
 * loads only the translations it shows (src/shared/i18n/bundles), the rest comes with the first
 * lazy part, so no page ever renders a translation key.
 */
// biome-ignore lint/suspicious/noExplicitAny: React.lazy's own signature takes any component props
export function lazyPage<T extends ComponentType<any>>(factory: () => Promise<{ default: T }>) {
  return lazy(() => Promise.all([factory(), loadAllTranslations()]).then(([module]) => module));
}
