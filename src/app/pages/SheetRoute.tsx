import { lazy, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FIELD_KEYS, type SheetFields, useSheetFields } from '../../features/sheet/useSheetFields';
import { isoDate } from '../../shared/domain/dates';
import { type LinkState, setNeededOnly, setSelection } from '../../shared/domain/linkState';
import type { RuleModel } from '../../shared/domain/pairs';
import { productName } from '../../shared/domain/products';
import type { DatasetIndex, ResolvedRule } from '../../shared/domain/rules';
import type { Language } from '../../shared/domain/schema';
import { buildSheetRows } from '../../shared/domain/sheet';
import { useCachedTranslation } from '../../shared/i18n/cachedTranslate';
import { LazyPage } from '../LazyPage';
import type { useAddresses } from '../useAddresses';
import { useFilterSummary } from '../useFilterSummary';
import type { UpdateLink } from '../useLinkState';
import { useSheetRules } from '../useSheetRules';

const SheetPage = lazy(() => import('../../features/sheet/SheetPage'));
const ExportButtons = lazy(() => import('../../features/export/ExportButtons'));
const PrintDiagrams = lazy(() => import('../../features/diagram/PrintDiagrams'));
const PrintConfig = lazy(() => import('../../features/config/PrintConfig'));

interface Props {
  index: DatasetIndex;
  model: RuleModel;
  filtered: readonly ResolvedRule[];
  lang: Language;
  state: LinkState;
  update: UpdateLink;
  address: ReturnType<typeof useAddresses>;
}

/** The request sheet page: the filtered (or selected) rules as sheet rows, built once for the paper and the exports. */
export default function SheetRoute({ index, model, filtered, lang, state, update, address }: Props) {
  const { t } = useTranslation();
  const cached = useCachedTranslation();
  const [fields, setFields, reset] = useSheetFields();
  // A stored field that could not be used is said at the field (a date that does not exist is never shifted).
  const fieldErrors = useMemo(() => {
    const errors: Partial<Record<keyof SheetFields, string>> = {};
    for (const { part, value } of reset) {
      const key = FIELD_KEYS.find((k) => k === part);
      if (key) errors[key] = t(key === 'date' ? 'sheet.dateReset' : 'sheet.fieldReset', { value });
    }
    return errors;
  }, [reset, t]);
  const [includeDiagrams, setIncludeDiagrams] = useState(false);
  const [includeConfig, setIncludeConfig] = useState(false);
  const { addresses } = address;
  // "List only the openings needed": covered rules move under the rule that covers them.
  const openings = useSheetRules(filtered, model, state);
  const { rules } = openings;
  const rows = useMemo(() => buildSheetRows(rules, index, lang, addresses, cached), [rules, index, lang, addresses, cached]);
  const filterSummary = useFilterSummary(index, model, lang, state.filters);
  const shareUrl = window.location.href;
  const today = isoDate(new Date());
  return (
    <SheetPage
      rules={rules}
      rows={rows}
      index={index}
      lang={lang}
      address={address}
      selection={{ count: state.selection.length, filteredCount: filtered.length, onClear: () => update((s) => setSelection(s, [])) }}
      meta={{ filterSummary, shareUrl, generated: new Date() }}
      covered={openings.covered}
      neededOnly={state.neededOnly ?? false}
      onNeededOnlyChange={(on) => update((s) => setNeededOnly(s, on))}
      fields={fields}
      onFieldsChange={setFields}
      fieldErrors={fieldErrors}
      includeDiagrams={includeDiagrams}
      onIncludeDiagramsChange={setIncludeDiagrams}
      includeConfig={includeConfig}
      onIncludeConfigChange={setIncludeConfig}
      exportSlot={
        <LazyPage area={t('boundary.part')} fallback={null}>
          <ExportButtons
            rules={rules}
            rows={rows}
            index={index}
            lang={lang}
            addresses={addresses}
            filters={state.filters}
            title={fields.title || t('sheet.title', { product: productName(index.dataset, lang, t) })}
            product={index.dataset.product?.id}
            filterSummary={filterSummary}
            shareUrl={shareUrl}
            today={today}
          />
        </LazyPage>
      }
      diagramsSlot={
        <LazyPage area={t('nav.diagram')}>
          <PrintDiagrams rules={rules} index={index} lang={lang} pairs={model.pairs} today={today} heading={t('sheet.diagramsHeading')} />
        </LazyPage>
      }
      configSlot={
        <LazyPage area={t('nav.config')}>
          <PrintConfig
            rules={rules}
            addresses={addresses}
            format={state.format ?? 'nftables'}
            firewallFilter={state.filters.facets.firewall}
            product={index.dataset.product?.name.en}
          />
        </LazyPage>
      }
    />
  );
}
