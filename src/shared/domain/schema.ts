/**
 * The rule dataset schema. One source of truth: the valibot schemas below validate the JSON at
 * load time, and the TypeScript types are inferred from them.
 */
import * as v from 'valibot';
import { LIMITS } from './limits';
import { stripControls } from './text';

export const LANGUAGES = ['en', 'zh-TW'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Zones ordered from least to most trusted. */
export const ZONES = ['internet', 'perimeter', 'internal'] as const;
export type Zone = (typeof ZONES)[number];

export const TRANSPORTS = ['tcp', 'udp'] as const;
export type Transport = (typeof TRANSPORTS)[number];

export const SECURITY_LAYERS = ['TLS', 'MTLS'] as const;

/**
 * Every string is length-checked first (LIMITS, before any other work on it) and cleaned of control
 * and bidirectional formatting characters (text.ts): the cleaned text is what every view and export gets.
 */
const clean = v.transform(stripControls);

/** Ids used in shared links: lowercase letters, digits and dashes. */
const Id = v.pipe(v.string(), v.maxLength(LIMITS.id), v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'lowercase-id'));
const text = (max: number) => v.pipe(v.string(), v.maxLength(max), clean, v.trim(), v.nonEmpty());
const NonEmpty = text(LIMITS.shortText);
const LongText = text(LIMITS.longText);
/** A list inside one item (a rule's scenarios, a citation's cells…). */
const list = <T extends v.GenericSchema>(item: T) => v.pipe(v.array(item), v.maxLength(LIMITS.itemList));
const Url = v.pipe(v.string(), v.maxLength(LIMITS.url), clean, v.url(), v.startsWith('https://'));

/** Notes, conditions, errata, quotes, reasons. */
export const LocalizedTextSchema = v.strictObject({ en: LongText, 'zh-TW': LongText });
/** Names, titles, summaries. */
const LocalizedName = v.strictObject({ en: NonEmpty, 'zh-TW': NonEmpty });

const Port = v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(65535));
export const PortRangeSchema = v.pipe(
  v.strictObject({ from: Port, to: Port }),
  v.check((range) => range.from <= range.to, 'port-order'),
);

const RowNumber = v.pipe(v.number(), v.integer(), v.minValue(1));

export const SourceDocumentSchema = v.strictObject({
  id: Id,
  slug: NonEmpty,
  /** The document's title as published (for the zh-TW documents: Microsoft's machine-translated title, verbatim). */
  title: LocalizedName,
  /** The title in the dataset's own terms (zh-TW: the seed document's terminology), for display next to the citation. */
  heading: v.optional(LocalizedName),
  url: Url,
  credit: NonEmpty,
  license: NonEmpty,
  /** Link to the licence text (CC BY 4.0 requires one). */
  licenseUrl: v.optional(Url),
  /** Table rows of this document that are not firewall rules, and why. */
  notRules: v.optional(list(v.strictObject({ table: RowNumber, rows: list(RowNumber), reason: LocalizedTextSchema }))),
});

const NamedEntity = v.strictObject({
  id: Id,
  name: LocalizedName,
  description: v.optional(LocalizedTextSchema),
});

export const ProtocolSchema = v.strictObject({ id: Id, label: NonEmpty });

export const EndpointSchema = v.strictObject({
  id: Id,
  name: LocalizedName,
  zone: v.picklist(ZONES),
  /** `interface`: an address on one of our servers (it gets a diagram); `party`: a remote peer. */
  kind: v.picklist(['interface', 'party']),
  /** Other names the source documents use for the same endpoint. */
  aliases: v.optional(list(LocalizedName)),
  /** Behind NAT: the public address the Internet uses for this private address. */
  nat: v.optional(v.strictObject({ publicName: LocalizedName })),
});

/** A citation of one table row of a source document, with its cells verbatim. */
export const TableCitationSchema = v.strictObject({
  source: Id,
  /** 1-based table number within the source document. */
  table: RowNumber,
  /** 1-based body row within that table. */
  row: RowNumber,
  /** The original cells, verbatim, in both languages. */
  cells: v.strictObject({
    en: list(v.pipe(v.string(), v.maxLength(LIMITS.longText), clean)),
    'zh-TW': list(v.pipe(v.string(), v.maxLength(LIMITS.longText), clean)),
  }),
  /** Where this row departs from the rule (another endpoint, a wrong zh-TW port…), and why the rule is right. */
  erratum: v.optional(LocalizedTextSchema),
});

/** A citation of a prose paragraph (a requirement stated only in text), with the sentence quoted verbatim. */
export const ParagraphCitationSchema = v.strictObject({
  source: Id,
  /** 1-based paragraph number within the document's prose. */
  paragraph: RowNumber,
  /** The sentence(s) the rule rests on, verbatim, in both languages. */
  quote: LocalizedTextSchema,
  erratum: v.optional(LocalizedTextSchema),
});

export const ProvenanceSchema = v.union([TableCitationSchema, ParagraphCitationSchema]);

export const RequirementSchema = v.strictObject({
  level: v.picklist(['required', 'optional']),
  condition: v.optional(LocalizedTextSchema),
});

export const RuleSchema = v.strictObject({
  id: Id,
  /** What the opening is for, in one short line (about 60 characters in English). */
  summary: LocalizedName,
  scenarios: v.pipe(list(Id), v.minLength(1)),
  /** Deployment shapes (topology ids) the rule belongs to; absent means every topology. */
  topologies: v.optional(list(Id)),
  role: Id,
  protocol: Id,
  security: v.optional(v.picklist(SECURITY_LAYERS)),
  transport: v.picklist(TRANSPORTS),
  ports: v.pipe(list(PortRangeSchema), v.minLength(1)),
  sourcePorts: v.optional(v.pipe(list(PortRangeSchema), v.minLength(1))),
  source: Id,
  /** Endpoints a broad source ("Any") can be narrowed to, as the documents suggest. */
  sourceCanBe: v.optional(list(Id)),
  destination: Id,
  destinationCanBe: v.optional(list(Id)),
  notes: LocalizedTextSchema,
  requirement: RequirementSchema,
  legacy: v.boolean(),
  provenance: v.pipe(list(ProvenanceSchema), v.minLength(1)),
});

/** The built-in products, oldest first; a dataset's `product.id` may be any id. */
export const PRODUCT_IDS = ['lync-2013', 'sfb-2015', 'sfb-2019'] as const;

export const ProductSchema = v.strictObject({ id: Id, name: LocalizedName });

/** The rule fields a comparison between two products reports, and a change note may explain. */
export const CHANGE_FIELDS = [
  'protocol',
  'security',
  'transport',
  'ports',
  'sourcePorts',
  'source',
  'destination',
  'sourceCanBe',
  'destinationCanBe',
  'requirement',
  'legacy',
  'topologies',
  'scenarios',
  'role',
  'notes',
] as const;

/**
 * Why a rule was added, removed or changed at one step of the product line (`in` is the product
 * of that step, compared with the one before it), with the sentences or rows that say so.
 */
export const ChangeNoteSchema = v.strictObject({
  rule: Id,
  change: v.picklist(['added', 'removed', 'changed']),
  in: Id,
  /** For `changed`: the fields this reason explains (absent: every field that differs). */
  fields: v.optional(v.pipe(list(v.picklist(CHANGE_FIELDS)), v.minLength(1))),
  reason: LocalizedTextSchema,
  provenance: v.pipe(list(ProvenanceSchema), v.minLength(1)),
});

/** The product line up to this dataset's product (oldest first) and the reasons for each step. */
export const HistorySchema = v.strictObject({
  products: v.pipe(list(Id), v.minLength(2)),
  changes: v.pipe(v.array(ChangeNoteSchema), v.maxLength(LIMITS.changes)),
});

export const DatasetSchema = v.strictObject({
  schemaVersion: v.literal(1),
  version: NonEmpty,
  title: LocalizedName,
  /** The product whose rules these are (one built-in dataset per product). */
  product: v.optional(ProductSchema),
  /** What was changed from the licensed source material (CC BY change statement). */
  adaptation: v.optional(LocalizedTextSchema),
  /** How this product's rules differ from the earlier products', with reasons (see compare.ts). */
  history: v.optional(HistorySchema),
  sources: v.pipe(v.array(SourceDocumentSchema), v.minLength(1), v.maxLength(LIMITS.namedItems)),
  topologies: v.optional(v.pipe(v.array(NamedEntity), v.maxLength(LIMITS.namedItems))),
  scenarios: v.pipe(v.array(NamedEntity), v.maxLength(LIMITS.namedItems)),
  roles: v.pipe(v.array(NamedEntity), v.maxLength(LIMITS.namedItems)),
  protocols: v.pipe(v.array(ProtocolSchema), v.maxLength(LIMITS.namedItems)),
  endpoints: v.pipe(v.array(EndpointSchema), v.maxLength(LIMITS.endpoints)),
  rules: v.pipe(v.array(RuleSchema), v.maxLength(LIMITS.rules)),
});

export type LocalizedText = v.InferOutput<typeof LocalizedTextSchema>;
export type PortRange = v.InferOutput<typeof PortRangeSchema>;
export type SourceDocument = v.InferOutput<typeof SourceDocumentSchema>;
export { NamedEntity as NamedEntitySchema };
export type Scenario = v.InferOutput<typeof NamedEntity>;
export type Topology = v.InferOutput<typeof NamedEntity>;
export type Role = v.InferOutput<typeof NamedEntity>;
export type Protocol = v.InferOutput<typeof ProtocolSchema>;
export type Endpoint = v.InferOutput<typeof EndpointSchema>;
export type TableCitation = v.InferOutput<typeof TableCitationSchema>;
export type ParagraphCitation = v.InferOutput<typeof ParagraphCitationSchema>;
export type Provenance = v.InferOutput<typeof ProvenanceSchema>;

export const isTableCitation = (p: Provenance): p is TableCitation => 'table' in p;
export type Requirement = v.InferOutput<typeof RequirementSchema>;
export type Product = v.InferOutput<typeof ProductSchema>;
export type ChangeField = (typeof CHANGE_FIELDS)[number];
export type ChangeNote = v.InferOutput<typeof ChangeNoteSchema>;
export type History = v.InferOutput<typeof HistorySchema>;
export type Rule = v.InferOutput<typeof RuleSchema>;
export type Dataset = v.InferOutput<typeof DatasetSchema>;
