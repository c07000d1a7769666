import { lazy, useDeferredValue, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ChangeSections } from '../../features/changes/ChangeSections';
import { ChangesPaper } from '../../features/changes/ChangesPaper';
import { ComparePicker } from '../../features/changes/ComparePicker';
import { FilterPanel } from '../../features/filters/FilterPanel';
import { type FacetOption, facetOptions } from '../../features/filters/options';
import { usePageMarginText } from '../../features/sheet/pageMargins';
import { SheetFieldsEditor } from '../../features/sheet/SheetFieldsEditor';
import { SheetHeader } from '../../features/sheet/SheetHeader';
import { useSheetFields } from '../../features/sheet/useSheetFields';
import type { Assignments } from '../../shared/domain/addressBook';
import { countComparisonFacets, legacyItems } from '../../shared/domain/changeFacets';
import { buildChangeSheet, changeSources } from '../../shared/domain/changeSheet';
import { compareDatasets, filterComparison } from '../../shared/domain/compare';
import { isoDate } from '../../shared/domain/dates';
import { FACETS, type FacetId } from '../../shared/domain/facets';
import { activeFilters } from '../../shared/domain/filters';
import { clearFilters, type LinkState } from '../../shared/domain/linkState';
import { isProductId, type ProductId, productName } from '../../shared/domain/products';
import { indexDataset } from '../../shared/domain/rules';
import type { Dataset, Language } from '../../shared/domain/schema';
import { describeFilters } from '../../shared/domain/sheet';
import { useCachedTranslation } from '../../shared/i18n/cachedTranslate';
import { CopyLinkButton } from '../../shared/ui/CopyLinkButton';
import { LazyPage } from '../LazyPage';
import { useCoverings } from '../useCoverings';
import type { UpdateLink } from '../useLinkState';
import { FilterAside, useFilterActions } from './FilterAside';

const ChangeExportButtons = lazy(() => import('../../features/changes/ChangeExportButtons'));

/** The upgrade request's header fields are its own (not the request sheet's). */
const UPGRADE_FIELDS_KEY = 'lync-port-matrix.upgrade-request';

interface Props {
  from: Dataset;
  to: Dataset;
  compared: { from: ProductId; to: ProductId };
  onCompare: (from: ProductId, to: ProductId) => void;
  lang: Language;
  state: LinkState;
  update: UpdateLink;
  addresses: Assignments;
}

/** Each facet's choices in either version, the earlier version's order first. */
function mergeOptions(a: Record<FacetId, FacetOption[]>, b: Record<FacetId, FacetOption[]>): Record<FacetId, FacetOption[]> {
  const out = {} as Record<FacetId, FacetOption[]>;
  for (const facet of FACETS) out[facet] = [...a[facet], ...b[facet].filter((o) => !a[facet].some((x) => x.id === o.id))];
  return out;
}

/**
 * The comparison of two versions through the rules table's filters (the same link parameters and
 * filter panel): the openings to add, to close and to modify with their reasons, and the upgrade
 * change request that prints and exports them.
 */
export function ChangesView({ from, to, compared, onCompare, lang, state, update, addresses }: Props) {
  const { t } = useTranslation();
  const cached = useCachedTranslation();
  const { filters } = state;
  const sides = useMemo(() => ({ from: indexDataset(from), to: indexDataset(to) }), [from, to]);
  const comparison = useMemo(() => compareDatasets(from, to), [from, to]);
  const items = useMemo(() => filterComparison(comparison.items, filters), [comparison, filters]);
  const sheet = useMemo(() => buildChangeSheet(items, sides, lang, addresses, cached), [items, sides, lang, addresses, cached]);
  const sources = useMemo(() => changeSources(sheet, sides, lang), [sheet, sides, lang]);
  const [fromRules, toRules] = useMemo(
    () => [comparison.items.flatMap((i) => (i.from ? [i.from] : [])), comparison.items.flatMap((i) => (i.to ? [i.to] : []))],
    [comparison],
  );
  const options = useMemo(
    () => mergeOptions(facetOptions(sides.from, fromRules, lang, t), facetOptions(sides.to, toRules, lang, t)),
    [sides, fromRules, toRules, lang, t],
  );
  const deferredFilters = useDeferredValue(filters);
  const counts = useMemo(() => countComparisonFacets(comparison.items, deferredFilters), [comparison, deferredFilters]);
  const [coveredFrom, coveredTo] = [useCoverings(fromRules), useCoverings(toRules)];
  const legacy = legacyItems(comparison.items);
  const actions = useFilterActions(update);
  const active = activeFilters(filters);
  const label = (facet: FacetId, id: string) => options[facet].find((o) => o.id === id)?.label ?? id;
  const filterSummary = describeFilters(filters, label, cached);
  const names = { from: productName(from, lang, t), to: productName(to, lang, t) };
  const name = (id: string) => (isProductId(id) ? t(`product.name.${id}`) : id);
  const [fields, setFields] = useSheetFields(UPGRADE_FIELDS_KEY);
  const title = fields.title || t('changes.requestTitle', names);
  usePageMarginText(
    [title, fields.ticket]
      .filter(Boolean)
      .join(' · ')
      .replace(/[\n\r]+/g, ' '),
  );
  const countsText = t('changes.counts', {
    add: sheet.add.length,
    close: sheet.close.length,
    change: sheet.change.length,
    same: sheet.unchanged,
  });
  return (
    <div className="explorer changes">
      <FilterAside active={active.length}>
        <FilterPanel
          filters={filters}
          options={options}
          counts={counts}
          legacyCount={legacy.length}
          legacyCovered={legacy.filter((i) => coveredFrom.has(i.id) || coveredTo.has(i.id)).length}
          actions={actions}
        />
      </FilterAside>
      <main id="rules" tabIndex={-1} className="changes-page">
        <div className="no-print">
          <h2 className="changes-heading">{t('changes.heading')}</h2>
          <p className="changes-intro">{t('changes.intro')}</p>
          <ComparePicker from={compared.from} to={compared.to} onChange={onCompare} />
          {comparison.order !== 'forward' && <p className="changes-order">{t(`changes.${comparison.order}`)}</p>}
          <div className="results-bar">
            <p className="result-count" aria-live="polite">
              {t('changes.summary', { ...names, counts: countsText })}
            </p>
            <div className="results-actions">
              <button type="button" onClick={() => update(clearFilters)} disabled={active.length === 0}>
                {t('filters.clearAll')}
              </button>
              <CopyLinkButton />
            </div>
          </div>
          <ChangeSections sheet={sheet} lang={lang} names={names} productName={name} />
          <section className="sheet-controls changes-request" aria-labelledby="changes-request">
            <h3 id="changes-request">{t('changes.requestHeading')}</h3>
            <p>{t('changes.requestIntro')}</p>
            <SheetFieldsEditor fields={fields} onChange={setFields} />
            <div className="sheet-actions">
              <button type="button" className="primary" onClick={() => window.print()}>
                {t('sheet.print')}
              </button>
              <LazyPage area={t('boundary.part')} fallback={null}>
                <ChangeExportButtons
                  sheet={sheet}
                  items={items}
                  sides={sides}
                  compared={compared}
                  addresses={addresses}
                  lang={lang}
                  filters={filters}
                  title={title}
                  products={`${names.from} → ${names.to}`}
                  filterSummary={filterSummary}
                  shareUrl={window.location.href}
                  today={isoDate(new Date())}
                  productName={name}
                />
              </LazyPage>
            </div>
          </section>
        </div>
        <div className="print-only">
          <ChangesPaper
            sheet={sheet}
            sides={sides}
            sources={sources}
            lang={lang}
            header={<SheetHeader title={title} fields={fields} lang={lang} filterSummary={filterSummary} />}
            names={names}
            productName={name}
            meta={{ shareUrl: window.location.href, generated: new Date() }}
          />
        </div>
      </main>
    </div>
  );
}
