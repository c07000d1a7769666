/** A changed rule field (compare.ts) in words, for the comparison page, the printed request and the exports. Pure. */
import type { FieldChange } from './compare';
import { formatPortRanges } from './ports';
import type { DatasetIndex } from './rules';
import type { ChangeField, Language, Requirement } from './schema';
import type { Translate } from './translate';

/** The value of a field in one product's words ("—" when the rule states none). */
export function formatFieldValue(field: ChangeField, value: unknown, index: DatasetIndex, lang: Language, t: Translate): string {
  const none = t('changes.none');
  const list = (ids: unknown, name: (id: string) => string) => {
    const items = (ids as readonly string[] | undefined) ?? [];
    return items.length > 0 ? items.map(name).join(t('summary.listSeparator')) : none;
  };
  const endpoint = (id: string) => index.endpoint(id)?.name[lang] ?? id;
  switch (field) {
    case 'protocol':
      return index.dataset.protocols.find((p) => p.id === value)?.label ?? String(value);
    case 'transport':
      return String(value).toUpperCase();
    case 'ports':
    case 'sourcePorts':
      return value ? formatPortRanges(value as Parameters<typeof formatPortRanges>[0]) : none;
    case 'source':
    case 'destination':
      return endpoint(String(value));
    case 'sourceCanBe':
    case 'destinationCanBe':
      return list(value, endpoint);
    case 'requirement':
      return describeRequirement(value as Requirement, lang, t);
    case 'legacy':
      return t(value ? 'changes.legacyYes' : 'changes.legacyNo');
    case 'topologies':
      return list(value, (id) => index.topologyName(id, lang));
    case 'scenarios':
      return list(value, (id) => index.scenarioName(id, lang));
    case 'role':
      return index.roleName(String(value), lang);
    case 'notes':
      return (value as { [L in Language]: string })[lang];
    default:
      return value === undefined ? none : String(value);
  }
}

export function describeRequirement(requirement: Requirement, lang: Language, t: Translate): string {
  if (requirement.level === 'required') return t('sheet.required');
  return requirement.condition ? t('sheet.optionalWhen', { condition: requirement.condition[lang] }) : t('sheet.optional');
}

export interface FieldDiff {
  field: ChangeField;
  /** The field's name in the reader's language. */
  label: string;
  from: string;
  to: string;
}

/** Each differing field, old value in the earlier product's words, new value in the later one's. */
export function describeChanges(
  changes: readonly FieldChange[],
  sides: { from: DatasetIndex; to: DatasetIndex },
  lang: Language,
  t: Translate,
): FieldDiff[] {
  return changes.map((change) => ({
    field: change.field,
    label: t(`changes.field.${change.field}`),
    from: formatFieldValue(change.field, change.from, sides.from, lang, t),
    to: formatFieldValue(change.field, change.to, sides.to, lang, t),
  }));
}
