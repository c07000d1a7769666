/**
 * The rule dataset schema. One source of truth: the valibot schemas below validate the JSON at
 * load time, and the TypeScript types are inferred from them.
 */
import * as v from 'valibot';

export const LANGUAGES = ['en', 'zh-TW'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Zones ordered from least to most trusted. */
export const ZONES = ['internet', 'perimeter', 'internal'] as const;
export type Zone = (typeof ZONES)[number];

export const TRANSPORTS = ['tcp', 'udp'] as const;
export type Transport = (typeof TRANSPORTS)[number];

export const SECURITY_LAYERS = ['TLS', 'MTLS'] as const;

/** Ids used in shared links: lowercase letters, digits and dashes. */
const Id = v.pipe(v.string(), v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'lowercase-id'));
const NonEmpty = v.pipe(v.string(), v.trim(), v.nonEmpty());

export const LocalizedTextSchema = v.strictObject({ en: NonEmpty, 'zh-TW': NonEmpty });

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
  title: LocalizedTextSchema,
  /** The title in the dataset's own terms (zh-TW: the seed document's terminology), for display next to the citation. */
  heading: v.optional(LocalizedTextSchema),
  url: v.pipe(v.string(), v.url(), v.startsWith('https://')),
  credit: NonEmpty,
  license: NonEmpty,
  /** Link to the licence text (CC BY 4.0 requires one). */
  licenseUrl: v.optional(v.pipe(v.string(), v.url(), v.startsWith('https://'))),
  /** Table rows of this document that are not firewall rules, and why. */
  notRules: v.optional(v.array(v.strictObject({ table: RowNumber, rows: v.array(RowNumber), reason: LocalizedTextSchema }))),
});

const NamedEntity = v.strictObject({
  id: Id,
  name: LocalizedTextSchema,
  description: v.optional(LocalizedTextSchema),
});

export const ProtocolSchema = v.strictObject({ id: Id, label: NonEmpty });

export const EndpointSchema = v.strictObject({
  id: Id,
  name: LocalizedTextSchema,
  zone: v.picklist(ZONES),
  /** `interface`: an address on one of our servers (it gets a diagram); `party`: a remote peer. */
  kind: v.picklist(['interface', 'party']),
  /** Other names the source documents use for the same endpoint. */
  aliases: v.optional(v.array(LocalizedTextSchema)),
  /** Behind NAT: the public address the Internet uses for this private address. */
  nat: v.optional(v.strictObject({ publicName: LocalizedTextSchema })),
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
    en: v.array(v.string()),
    'zh-TW': v.array(v.string()),
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
  summary: LocalizedTextSchema,
  scenarios: v.pipe(v.array(Id), v.minLength(1)),
  /** Deployment shapes (topology ids) the rule belongs to; absent means every topology. */
  topologies: v.optional(v.array(Id)),
  role: Id,
  protocol: Id,
  security: v.optional(v.picklist(SECURITY_LAYERS)),
  transport: v.picklist(TRANSPORTS),
  ports: v.pipe(v.array(PortRangeSchema), v.minLength(1)),
  sourcePorts: v.optional(v.pipe(v.array(PortRangeSchema), v.minLength(1))),
  source: Id,
  /** Endpoints a broad source ("Any") can be narrowed to, as the documents suggest. */
  sourceCanBe: v.optional(v.array(Id)),
  destination: Id,
  destinationCanBe: v.optional(v.array(Id)),
  notes: LocalizedTextSchema,
  requirement: RequirementSchema,
  legacy: v.boolean(),
  provenance: v.pipe(v.array(ProvenanceSchema), v.minLength(1)),
});

/** The built-in products, oldest first; a dataset's `product.id` may be any id. */
export const PRODUCT_IDS = ['lync-2013', 'sfb-2015', 'sfb-2019'] as const;

export const ProductSchema = v.strictObject({ id: Id, name: LocalizedTextSchema });

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
  fields: v.optional(v.pipe(v.array(v.picklist(CHANGE_FIELDS)), v.minLength(1))),
  reason: LocalizedTextSchema,
  provenance: v.pipe(v.array(ProvenanceSchema), v.minLength(1)),
});

/** The product line up to this dataset's product (oldest first) and the reasons for each step. */
export const HistorySchema = v.strictObject({
  products: v.pipe(v.array(Id), v.minLength(2)),
  changes: v.array(ChangeNoteSchema),
});

export const DatasetSchema = v.strictObject({
  schemaVersion: v.literal(1),
  version: NonEmpty,
  title: LocalizedTextSchema,
  /** The product whose rules these are (one built-in dataset per product). */
  product: v.optional(ProductSchema),
  /** What was changed from the licensed source material (CC BY change statement). */
  adaptation: v.optional(LocalizedTextSchema),
  /** How this product's rules differ from the earlier products', with reasons (see compare.ts). */
  history: v.optional(HistorySchema),
  sources: v.pipe(v.array(SourceDocumentSchema), v.minLength(1)),
  topologies: v.optional(v.array(NamedEntity)),
  scenarios: v.array(NamedEntity),
  roles: v.array(NamedEntity),
  protocols: v.array(ProtocolSchema),
  endpoints: v.array(EndpointSchema),
  rules: v.array(RuleSchema),
});

export type LocalizedText = v.InferOutput<typeof LocalizedTextSchema>;
export type PortRange = v.InferOutput<typeof PortRangeSchema>;
export type SourceDocument = v.InferOutput<typeof SourceDocumentSchema>;
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
