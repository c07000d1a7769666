import { lazy, Suspense, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { facetOptions } from '../features/filters/options';
import type { SheetFields } from '../features/sheet/SheetPage';
import type { Assignments } from '../shared/domain/addresses';
import { isoDate } from '../shared/domain/dates';
import type { FacetId } from '../shared/domain/facets';
import { filterViews } from '../shared/domain/facets';
import type { RuleModel } from '../shared/domain/pairs';
import type { DatasetIndex } from '../shared/domain/rules';
import type { Language } from '../shared/domain/schema';
import { describeFilters, sheetViews } from '../shared/domain/sheet';
import type { ViewState } from '../shared/domain/urlState';
import { ErrorBoundary } from '../shared/ui/ErrorBoundary';
import { usePersistentState } from './usePersistentState';

const SheetPage = lazy(() => import('../features/sheet/SheetPage'));
const ExportButtons = lazy(() => import('../features/export/ExportButtons'));
const PrintDiagrams = lazy(() => import('../features/diagram/PrintDiagrams'));

const FIELD_KEYS: (keyof SheetFields)[] = ['title', 'ticket', 'requester', 'date', 'environment', 'justification'];

function readFields(raw: unknown): SheetFields {
  const source = raw !== null && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
  const fields = Object.fromEntries(
    FIELD_KEYS.map((key) => [key, typeof source[key] === 'string' ? String(source[key]).slice(0, 4000) : '']),
  ) as unknown as SheetFields;
  return { ...fields, date: /^\d{4}-\d{2}-\d{2}$/.test(fields.date) ? fields.date : isoDate(new Date()) };
}

interface Props {
  index: DatasetIndex;
  model: RuleModel;
  lang: Language;
  state: ViewState;
  onChange: (next: ViewState, coalesce?: string) => void;
  addresses: Assignments;
  onAddressChange: (endpointId: string, list: string[]) => void;
  onShareAddressesChange: (share: boolean) => void;
}

/** The request sheet: the filtered (or selected) rules, the header fields, addresses, print and exports. */
export default function SheetRoute({ index, model, lang, state, onChange, addresses, onAddressChange, onShareAddressesChange }: Props) {
  const { t } = useTranslation();
  const [fields, setFields] = usePersistentState('lync-port-matrix.sheet', readFields);
  const [includeDiagrams, setIncludeDiagrams] = useState(false);
  const { pairs, ordered } = model;
  const filtered = useMemo(() => filterViews(ordered, state), [ordered, state]);
  const views = useMemo(() => sheetViews(filtered, ordered, state.rules), [filtered, ordered, state.rules]);
  // The filter summary names values as the filter panel does (one source of labels).
  const options = useMemo(() => facetOptions(index, model.views, lang, t), [index, model.views, lang, t]);
  const label = (facet: FacetId, id: string) => options[facet].find((option) => option.id === id)?.label ?? id;
  const filterSummary = describeFilters(state, label, t);
  const shareUrl = window.location.href;
  const today = isoDate(new Date());
  const title = fields.title || t('sheet.title');
  return (
    <ErrorBoundary area={t('nav.sheet')}>
      <Suspense fallback={<p className="status">{t('loading')}</p>}>
        <SheetPage
          views={views}
          index={index}
          lang={lang}
          addresses={addresses}
          onAddressChange={onAddressChange}
          shareAddresses={state.addresses !== undefined}
          onShareAddressesChange={onShareAddressesChange}
          selectionCount={state.rules.length}
          filteredCount={filtered.length}
          onClearSelection={() => onChange({ ...state, rules: [] })}
          filterSummary={filterSummary}
          shareUrl={shareUrl}
          generated={new Date()}
          fields={fields}
          onFieldsChange={setFields}
          includeDiagrams={includeDiagrams}
          onIncludeDiagramsChange={setIncludeDiagrams}
          exportSlot={
            <Suspense fallback={null}>
              <ExportButtons
                views={views}
                index={index}
                lang={lang}
                addresses={addresses}
                filters={state}
                title={title}
                filterSummary={filterSummary}
                shareUrl={shareUrl}
                today={today}
              />
            </Suspense>
          }
          diagramsSlot={
            <ErrorBoundary area={t('nav.diagram')}>
              <Suspense fallback={<p className="status">{t('loading')}</p>}>
                <PrintDiagrams views={views} index={index} lang={lang} pairs={pairs} today={today} heading={t('sheet.diagramsHeading')} />
              </Suspense>
            </ErrorBoundary>
          }
        />
      </Suspense>
    </ErrorBoundary>
  );
}
