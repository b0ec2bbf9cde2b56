/**
 * Points an OpenAPI document's own `$ref`s (`#/components/...`) at the id ajv registered it
 * under, so schemas compiled from it resolve their references. Used by the generator (request
 * validators) and the contract tests (response validators).
 */
export function rebaseRefs(value: unknown, documentId: string): unknown {
  if (Array.isArray(value)) return value.map((item) => rebaseRefs(item, documentId));
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, item]) => [
      key,
      key === '$ref' && typeof item === 'string' && item.startsWith('#/')
        ? `${documentId}${item}`
        : rebaseRefs(item, documentId),
    ]),
  );
}
