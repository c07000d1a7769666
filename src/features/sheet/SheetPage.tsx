import { type ReactNode, useEffect, useState } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { productName } from '../../shared/domain/products';
import type { DatasetIndex, ResolvedRule } from '../../shared/domain/rules';
import type { Endpoint, Language } from '../../shared/domain/schema';
import type { SheetRow } from '../../shared/domain/sheet';
import { zoneRank } from '../../shared/domain/zones';
import { type AddressEditing, AddressEditor } from './AddressEditor';
import { usePageMarginText } from './pageMargins';
import { SheetFieldsEditor } from './SheetFieldsEditor';
import { type SheetMeta, SheetPaper } from './SheetPaper';
import type { SheetFields } from './useSheetFields';
import './sheet.css';
import '../../shared/ui/notice.css';

/** The user's endpoint addresses and what the sheet may do with them. */
export interface AddressBook extends AddressEditing {
  sharing: boolean;
  shareAddresses: (share: boolean) => void;
}

export interface SheetPageProps {
  rules: readonly ResolvedRule[];
  rows: readonly SheetRow[];
  index: DatasetIndex;
  lang: Language;
  address: AddressBook;
  selection: { count: number; filteredCount: number; onClear: () => void };
  meta: SheetMeta;
  /** With "List only the openings needed": kept rule id → the covered rules listed under it. */
  covered: ReadonlyMap<string, readonly ResolvedRule[]>;
  neededOnly: boolean;
  onNeededOnlyChange: (on: boolean) => void;
  fields: SheetFields;
  onFieldsChange: (fields: SheetFields) => void;
  /** Stored fields that could not be used and were reset: a message at the field. */
  fieldErrors?: Partial<Record<keyof SheetFields, string>>;
  includeDiagrams: boolean;
  onIncludeDiagramsChange: (include: boolean) => void;
  /** "Include the firewall configuration" (off by default): the configuration text after the notes, in the chosen format. */
  includeConfig: boolean;
  onIncludeConfigChange: (include: boolean) => void;
  exportSlot: ReactNode;
  diagramsSlot: ReactNode;
  configSlot: ReactNode;
}

/** Rows rendered in the on-screen preview; printing renders them all. */
const PREVIEW_ROWS = 2000;
/** Up to this many rules, the printed request includes every rule's full notes unless the user turns them off. */
const FULL_NOTES_UP_TO = 15;

export default function SheetPage(props: SheetPageProps) {
  const { t } = useTranslation();
  const { rules, rows, index, lang, fields } = props;
  const running = [fields.title || t('sheet.title', { product: productName(index.dataset, lang, t) }), fields.ticket]
    .filter(Boolean)
    .join(' · ');
  usePageMarginText(running.replace(/[\n\r]+/g, ' '));
  // A very large sheet shows its first rows on screen and renders the rest only for printing
  // (the browser's beforeprint, or the Print button), so the page stays usable with 100,000 rules.
  const [complete, setComplete] = useState(false);
  const [notesChoice, setNotesChoice] = useState<boolean>();
  const fullNotes = notesChoice ?? rows.length <= FULL_NOTES_UP_TO;
  const limited = rows.length > PREVIEW_ROWS && !complete;
  useEffect(() => {
    if (rows.length <= PREVIEW_ROWS) return;
    const beforePrint = () => flushSync(() => setComplete(true));
    window.addEventListener('beforeprint', beforePrint);
    return () => window.removeEventListener('beforeprint', beforePrint);
  }, [rows.length]);
  const endpoints: Endpoint[] = [];
  for (const r of rules) {
    for (const e of [r.source, r.destination]) if (!endpoints.includes(e)) endpoints.push(e);
  }
  endpoints.sort((a, b) => zoneRank(a.zone) - zoneRank(b.zone) || a.name[lang].localeCompare(b.name[lang]));
  return (
    <main id="rules" tabIndex={-1} className="sheet-page">
      <div className="sheet-controls no-print">
        <h2>{t('sheet.heading')}</h2>
        <p>{t('sheet.intro')}</p>
        <p className="sheet-selection">
          {props.selection.count > 0 ? (
            <>
              {t('sheet.selection', { count: props.selection.count })}{' '}
              <button type="button" onClick={props.selection.onClear}>
                {t('sheet.clearSelection')}
              </button>
            </>
          ) : (
            t('sheet.selectionNone', { count: props.selection.filteredCount })
          )}
        </p>
        <SheetFieldsEditor fields={fields} onChange={props.onFieldsChange} errors={props.fieldErrors} />
        <AddressEditor endpoints={endpoints} lang={lang} address={props.address} />
        <div className="sheet-options">
          <label className="toggle">
            <input type="checkbox" checked={props.address.sharing} onChange={(e) => props.address.shareAddresses(e.target.checked)} />
            {t('sheet.shareAddresses')}
          </label>
          <p className="muted">{t('sheet.shareAddressesHint')}</p>
          <label className="toggle">
            <input type="checkbox" checked={props.neededOnly} onChange={(e) => props.onNeededOnlyChange(e.target.checked)} />
            {t('sheet.neededOnly')}
          </label>
          <p className="muted">{t('sheet.neededOnlyHint')}</p>
          <label className="toggle">
            <input type="checkbox" checked={fullNotes} onChange={(e) => setNotesChoice(e.target.checked)} />
            {t('sheet.fullNotes')}
          </label>
          <label className="toggle">
            <input type="checkbox" checked={props.includeDiagrams} onChange={(e) => props.onIncludeDiagramsChange(e.target.checked)} />
            {t('sheet.includeDiagrams')}
          </label>
          <label className="toggle">
            <input type="checkbox" checked={props.includeConfig} onChange={(e) => props.onIncludeConfigChange(e.target.checked)} />
            {t('sheet.includeConfig')}
          </label>
        </div>
        <div className="sheet-actions">
          <button
            type="button"
            className="primary"
            onClick={() => {
              flushSync(() => setComplete(true));
              window.print();
            }}
          >
            {t('sheet.print')}
          </button>
          {props.exportSlot}
        </div>
      </div>

      {limited && (
        <p className="notice no-print" role="status">
          {t('sheet.previewLimited', {
            shown: PREVIEW_ROWS.toLocaleString(lang),
            count: rows.length,
            total: rows.length.toLocaleString(lang),
          })}
        </p>
      )}
      <SheetPaper
        rules={props.rules}
        rows={complete ? rows : rows.slice(0, PREVIEW_ROWS)}
        total={rows.length}
        index={index}
        lang={lang}
        fields={fields}
        meta={props.meta}
        covered={props.covered}
        fullNotes={fullNotes}
        config={props.includeConfig && props.configSlot}
      >
        {props.includeDiagrams && props.diagramsSlot}
      </SheetPaper>
    </main>
  );
}
