import { parseAsArrayOf, parseAsString, parseAsStringLiteral } from 'nuqs';

/**
 * `/settings/export?policies=…&fleets=…&clusters=…`: the ids chosen of each kind. A kind left out
 * of the URL is every object of it; an empty value is none (a selection from the inventory sends
 * its clusters with their fleets and those fleets' policies, and nothing else).
 * `paths.terraformExport` writes the same format.
 */
export const exportParsers = {
  policies: parseAsArrayOf(parseAsString),
  fleets: parseAsArrayOf(parseAsString),
  clusters: parseAsArrayOf(parseAsString),
};

export type ExportKind = keyof typeof exportParsers;

/** What the export is written as: Terraform for the provider, or the console's own bundle. */
export const exportFormats = ['terraform', 'yaml'] as const;
export type ExportFormat = (typeof exportFormats)[number];
/** `?format=yaml`; Terraform when absent. */
export const formatParser = parseAsStringLiteral(exportFormats).withDefault('terraform');

/** The kinds in the order the page offers them and the file lists them. */
export const exportKinds: readonly ExportKind[] = ['policies', 'fleets', 'clusters'];
