/**
 * The difference types of Confluent's JSON Schema checker (its names are our rule ids) and which
 * of them its default (strict) policy accepts. Everything not in COMPATIBLE_DIFFERENCES makes the
 * change incompatible. `original` is the schema data was written with, `update` the one reading it.
 */
const BOUND_CHANGES = ['ADDED', 'REMOVED', 'INCREASED', 'DECREASED'] as const
const bounds = <K extends string>(keyword: K) => BOUND_CHANGES.map((change) => `${keyword}_${change}` as const)

export const DIFFERENCE_TYPES = [
  'ID_CHANGED', 'DESCRIPTION_CHANGED', 'TITLE_CHANGED', 'DEFAULT_CHANGED',
  'SCHEMA_ADDED', 'SCHEMA_REMOVED', 'TYPE_EXTENDED', 'TYPE_NARROWED', 'TYPE_CHANGED',
  ...bounds('MAX_LENGTH'), ...bounds('MIN_LENGTH'), 'PATTERN_ADDED', 'PATTERN_REMOVED', 'PATTERN_CHANGED',
  ...bounds('MAXIMUM'), ...bounds('MINIMUM'), ...bounds('EXCLUSIVE_MAXIMUM'), ...bounds('EXCLUSIVE_MINIMUM'),
  'MULTIPLE_OF_ADDED', 'MULTIPLE_OF_REMOVED', 'MULTIPLE_OF_EXPANDED', 'MULTIPLE_OF_REDUCED', 'MULTIPLE_OF_CHANGED',
  'REQUIRED_ATTRIBUTE_ADDED', 'REQUIRED_ATTRIBUTE_WITH_DEFAULT_ADDED', 'REQUIRED_ATTRIBUTE_REMOVED',
  ...bounds('MAX_PROPERTIES'), ...bounds('MIN_PROPERTIES'),
  'ADDITIONAL_PROPERTIES_ADDED', 'ADDITIONAL_PROPERTIES_REMOVED', 'ADDITIONAL_PROPERTIES_EXTENDED', 'ADDITIONAL_PROPERTIES_NARROWED',
  'DEPENDENCY_ARRAY_ADDED', 'DEPENDENCY_ARRAY_REMOVED', 'DEPENDENCY_ARRAY_EXTENDED', 'DEPENDENCY_ARRAY_NARROWED', 'DEPENDENCY_ARRAY_CHANGED',
  'DEPENDENCY_SCHEMA_ADDED', 'DEPENDENCY_SCHEMA_REMOVED',
  'REQUIRED_PROPERTY_ADDED_TO_OPEN_CONTENT_MODEL', 'REQUIRED_PROPERTY_WITH_DEFAULT_ADDED_TO_OPEN_CONTENT_MODEL',
  'OPTIONAL_PROPERTY_ADDED_TO_OPEN_CONTENT_MODEL', 'PROPERTY_WITH_EMPTY_SCHEMA_ADDED_TO_OPEN_CONTENT_MODEL',
  'REQUIRED_PROPERTY_ADDED_TO_UNOPEN_CONTENT_MODEL', 'REQUIRED_PROPERTY_WITH_DEFAULT_ADDED_TO_UNOPEN_CONTENT_MODEL',
  'OPTIONAL_PROPERTY_ADDED_TO_UNOPEN_CONTENT_MODEL', 'PROPERTY_REMOVED_FROM_OPEN_CONTENT_MODEL',
  'PROPERTY_WITH_FALSE_REMOVED_FROM_CLOSED_CONTENT_MODEL', 'PROPERTY_REMOVED_FROM_CLOSED_CONTENT_MODEL',
  'PROPERTY_REMOVED_IS_COVERED_BY_PARTIALLY_OPEN_CONTENT_MODEL', 'PROPERTY_REMOVED_NOT_COVERED_BY_PARTIALLY_OPEN_CONTENT_MODEL',
  'PROPERTY_ADDED_IS_COVERED_BY_PARTIALLY_OPEN_CONTENT_MODEL', 'PROPERTY_ADDED_NOT_COVERED_BY_PARTIALLY_OPEN_CONTENT_MODEL',
  'UNEVALUATED_PROPERTIES_ADDED', 'UNEVALUATED_PROPERTIES_REMOVED', 'UNEVALUATED_PROPERTIES_EXTENDED', 'UNEVALUATED_PROPERTIES_NARROWED',
  ...bounds('MAX_ITEMS'), ...bounds('MIN_ITEMS'), ...bounds('MAX_CONTAINS'), ...bounds('MIN_CONTAINS'),
  'UNIQUE_ITEMS_ADDED', 'UNIQUE_ITEMS_REMOVED',
  'ADDITIONAL_ITEMS_ADDED', 'ADDITIONAL_ITEMS_REMOVED', 'ADDITIONAL_ITEMS_EXTENDED', 'ADDITIONAL_ITEMS_NARROWED',
  'UNEVALUATED_ITEMS_ADDED', 'UNEVALUATED_ITEMS_REMOVED', 'UNEVALUATED_ITEMS_EXTENDED', 'UNEVALUATED_ITEMS_NARROWED',
  'ITEM_ADDED_TO_OPEN_CONTENT_MODEL', 'ITEM_WITH_EMPTY_SCHEMA_ADDED_TO_OPEN_CONTENT_MODEL', 'ITEM_ADDED_TO_CLOSED_CONTENT_MODEL',
  'ITEM_REMOVED_FROM_OPEN_CONTENT_MODEL', 'ITEM_WITH_FALSE_REMOVED_FROM_CLOSED_CONTENT_MODEL', 'ITEM_REMOVED_FROM_CLOSED_CONTENT_MODEL',
  'ITEM_REMOVED_IS_COVERED_BY_PARTIALLY_OPEN_CONTENT_MODEL', 'ITEM_REMOVED_NOT_COVERED_BY_PARTIALLY_OPEN_CONTENT_MODEL',
  'ITEM_ADDED_IS_COVERED_BY_PARTIALLY_OPEN_CONTENT_MODEL', 'ITEM_ADDED_NOT_COVERED_BY_PARTIALLY_OPEN_CONTENT_MODEL',
  'ENUM_ARRAY_EXTENDED', 'ENUM_ARRAY_NARROWED', 'ENUM_ARRAY_CHANGED',
  'COMBINED_TYPE_EXTENDED', 'COMBINED_TYPE_CHANGED', 'PRODUCT_TYPE_EXTENDED', 'PRODUCT_TYPE_NARROWED',
  'SUM_TYPE_EXTENDED', 'SUM_TYPE_NARROWED', 'COMBINED_TYPE_SUBSCHEMAS_CHANGED', 'NOT_TYPE_EXTENDED', 'NOT_TYPE_NARROWED',
] as const

export type DifferenceType = (typeof DIFFERENCE_TYPES)[number]

/** One difference: its type, where (a JSON pointer into the schema, `#/properties/id/maxLength`), and the values. */
export type JsonSchemaDifference = { type: DifferenceType; path: string; detail?: string }

/** Widening changes: whatever the original accepted, the update still accepts (strict policy). */
export const COMPATIBLE_DIFFERENCES: ReadonlySet<DifferenceType> = new Set<DifferenceType>([
  'ID_CHANGED', 'DESCRIPTION_CHANGED', 'TITLE_CHANGED', 'DEFAULT_CHANGED', 'SCHEMA_REMOVED', 'TYPE_EXTENDED',
  'MAX_LENGTH_INCREASED', 'MAX_LENGTH_REMOVED', 'MIN_LENGTH_DECREASED', 'MIN_LENGTH_REMOVED', 'PATTERN_REMOVED',
  'MAXIMUM_INCREASED', 'MAXIMUM_REMOVED', 'MINIMUM_DECREASED', 'MINIMUM_REMOVED',
  'EXCLUSIVE_MAXIMUM_INCREASED', 'EXCLUSIVE_MAXIMUM_REMOVED', 'EXCLUSIVE_MINIMUM_DECREASED', 'EXCLUSIVE_MINIMUM_REMOVED',
  'MULTIPLE_OF_REDUCED', 'MULTIPLE_OF_REMOVED',
  'REQUIRED_ATTRIBUTE_WITH_DEFAULT_ADDED', 'REQUIRED_ATTRIBUTE_REMOVED',
  'DEPENDENCY_ARRAY_NARROWED', 'DEPENDENCY_ARRAY_REMOVED', 'DEPENDENCY_SCHEMA_REMOVED',
  'MAX_PROPERTIES_INCREASED', 'MAX_PROPERTIES_REMOVED', 'MIN_PROPERTIES_DECREASED', 'MIN_PROPERTIES_REMOVED',
  'ADDITIONAL_PROPERTIES_ADDED', 'ADDITIONAL_PROPERTIES_EXTENDED', 'UNEVALUATED_PROPERTIES_ADDED', 'UNEVALUATED_PROPERTIES_EXTENDED',
  'PROPERTY_WITH_EMPTY_SCHEMA_ADDED_TO_OPEN_CONTENT_MODEL', 'REQUIRED_PROPERTY_WITH_DEFAULT_ADDED_TO_UNOPEN_CONTENT_MODEL',
  'OPTIONAL_PROPERTY_ADDED_TO_UNOPEN_CONTENT_MODEL', 'PROPERTY_WITH_FALSE_REMOVED_FROM_CLOSED_CONTENT_MODEL',
  'PROPERTY_REMOVED_FROM_OPEN_CONTENT_MODEL', 'PROPERTY_ADDED_IS_COVERED_BY_PARTIALLY_OPEN_CONTENT_MODEL',
  'PROPERTY_REMOVED_IS_COVERED_BY_PARTIALLY_OPEN_CONTENT_MODEL',
  'MAX_ITEMS_INCREASED', 'MAX_ITEMS_REMOVED', 'MIN_ITEMS_DECREASED', 'MIN_ITEMS_REMOVED',
  'MAX_CONTAINS_INCREASED', 'MAX_CONTAINS_REMOVED', 'MIN_CONTAINS_DECREASED', 'MIN_CONTAINS_REMOVED',
  'UNIQUE_ITEMS_REMOVED', 'ADDITIONAL_ITEMS_ADDED', 'ADDITIONAL_ITEMS_EXTENDED', 'UNEVALUATED_ITEMS_ADDED', 'UNEVALUATED_ITEMS_EXTENDED',
  'ITEM_WITH_EMPTY_SCHEMA_ADDED_TO_OPEN_CONTENT_MODEL', 'ITEM_ADDED_TO_CLOSED_CONTENT_MODEL',
  'ITEM_WITH_FALSE_REMOVED_FROM_CLOSED_CONTENT_MODEL', 'ITEM_REMOVED_FROM_OPEN_CONTENT_MODEL',
  'ITEM_ADDED_IS_COVERED_BY_PARTIALLY_OPEN_CONTENT_MODEL', 'ITEM_REMOVED_IS_COVERED_BY_PARTIALLY_OPEN_CONTENT_MODEL',
  'ENUM_ARRAY_EXTENDED', 'COMBINED_TYPE_EXTENDED', 'PRODUCT_TYPE_NARROWED', 'SUM_TYPE_EXTENDED', 'NOT_TYPE_NARROWED',
])

export function isCompatibleDifference(difference: JsonSchemaDifference): boolean {
  return COMPATIBLE_DIFFERENCES.has(difference.type)
}

// What each incompatible difference means for data the old schema accepted; the rest are worded
// from the keyword and the change (`maxLength decreased`).
const MEANINGS: Partial<Record<DifferenceType, string>> = {
  SCHEMA_ADDED: 'a schema now constrains what was unconstrained',
  TYPE_NARROWED: 'number narrowed to integer',
  TYPE_CHANGED: 'type changed',
  PATTERN_ADDED: 'pattern added',
  PATTERN_CHANGED: 'pattern changed',
  MULTIPLE_OF_EXPANDED: 'multipleOf changed to a multiple of the old one',
  MULTIPLE_OF_CHANGED: 'multipleOf changed',
  REQUIRED_ATTRIBUTE_ADDED: 'property became required without a default',
  ADDITIONAL_PROPERTIES_REMOVED: 'additional properties no longer allowed',
  ADDITIONAL_PROPERTIES_NARROWED: 'additional properties now constrained by a schema',
  DEPENDENCY_ARRAY_ADDED: 'property dependency added',
  DEPENDENCY_ARRAY_EXTENDED: 'property dependency requires more properties',
  DEPENDENCY_ARRAY_CHANGED: 'property dependency changed',
  DEPENDENCY_SCHEMA_ADDED: 'schema dependency added',
  REQUIRED_PROPERTY_ADDED_TO_OPEN_CONTENT_MODEL: 'required property added to an open content model',
  REQUIRED_PROPERTY_WITH_DEFAULT_ADDED_TO_OPEN_CONTENT_MODEL: 'property added to an open content model (old data may hold any value there)',
  OPTIONAL_PROPERTY_ADDED_TO_OPEN_CONTENT_MODEL: 'property added to an open content model (old data may hold any value there)',
  REQUIRED_PROPERTY_ADDED_TO_UNOPEN_CONTENT_MODEL: 'required property added without a default',
  PROPERTY_REMOVED_FROM_CLOSED_CONTENT_MODEL: 'property removed from a closed content model',
  PROPERTY_REMOVED_NOT_COVERED_BY_PARTIALLY_OPEN_CONTENT_MODEL: 'removed property is not covered by the new additional/pattern properties',
  PROPERTY_ADDED_NOT_COVERED_BY_PARTIALLY_OPEN_CONTENT_MODEL: 'added property is narrower than the old additional/pattern properties',
  UNEVALUATED_PROPERTIES_REMOVED: 'unevaluated properties no longer allowed',
  UNEVALUATED_PROPERTIES_NARROWED: 'unevaluated properties now constrained by a schema',
  UNIQUE_ITEMS_ADDED: 'items must now be unique',
  ADDITIONAL_ITEMS_REMOVED: 'additional items no longer allowed',
  ADDITIONAL_ITEMS_NARROWED: 'additional items now constrained by a schema',
  UNEVALUATED_ITEMS_REMOVED: 'unevaluated items no longer allowed',
  UNEVALUATED_ITEMS_NARROWED: 'unevaluated items now constrained by a schema',
  ITEM_ADDED_TO_OPEN_CONTENT_MODEL: 'tuple item added to an open content model (old data may hold any value there)',
  ITEM_REMOVED_FROM_CLOSED_CONTENT_MODEL: 'tuple item removed from a closed content model',
  ITEM_REMOVED_NOT_COVERED_BY_PARTIALLY_OPEN_CONTENT_MODEL: 'removed tuple item is not covered by the new additional items',
  ITEM_ADDED_NOT_COVERED_BY_PARTIALLY_OPEN_CONTENT_MODEL: 'added tuple item is narrower than the old additional items',
  ENUM_ARRAY_NARROWED: 'enum values removed',
  ENUM_ARRAY_CHANGED: 'allowed values changed',
  COMBINED_TYPE_CHANGED: 'combination keyword changed to a narrower one',
  PRODUCT_TYPE_EXTENDED: 'allOf gained subschemas',
  SUM_TYPE_NARROWED: 'anyOf/oneOf lost subschemas',
  COMBINED_TYPE_SUBSCHEMAS_CHANGED: 'subschemas changed: some old subschema has no compatible counterpart',
  NOT_TYPE_EXTENDED: 'not now excludes more',
}

const KEYWORDS: Record<string, string> = {
  MAX_LENGTH: 'maxLength', MIN_LENGTH: 'minLength', MAXIMUM: 'maximum', MINIMUM: 'minimum',
  EXCLUSIVE_MAXIMUM: 'exclusiveMaximum', EXCLUSIVE_MINIMUM: 'exclusiveMinimum', MULTIPLE_OF: 'multipleOf',
  MAX_PROPERTIES: 'maxProperties', MIN_PROPERTIES: 'minProperties', MAX_ITEMS: 'maxItems', MIN_ITEMS: 'minItems',
  MAX_CONTAINS: 'maxContains', MIN_CONTAINS: 'minContains',
}

function meaning(type: DifferenceType): string {
  const known = MEANINGS[type]
  if (known) return known
  const change = type.slice(type.lastIndexOf('_') + 1).toLowerCase()
  const keyword = type.slice(0, type.lastIndexOf('_'))
  return `${KEYWORDS[keyword] ?? keyword.toLowerCase().replace(/_/g, ' ')} ${change}`
}

/** `#/properties/name/maxLength: maxLength decreased from 20 to 10 (MAX_LENGTH_DECREASED)`. */
export function describeDifference(difference: JsonSchemaDifference): string {
  const detail = difference.detail ? ` ${difference.detail}` : ''
  return `${difference.path}: ${meaning(difference.type)}${detail} (${difference.type})`
}
