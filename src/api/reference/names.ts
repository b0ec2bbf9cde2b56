/**
 * The naming rules and limits of UCS objects, written once: the console's forms check them
 * before sending, and the mock backend refuses what breaks them as UCS does.
 */

/** An RFC 1123 label (Kubernetes namespace names, fleet names): 1–63 lowercase letters, digits and hyphens, alphanumeric at both ends. */
export const dnsLabelPattern = /^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$/;
export const dnsLabelMaxLength = 63;

/** A Kubernetes namespace name (RFC 1123 label). */
export function isNamespaceName(name: string): boolean {
  return dnsLabelPattern.test(name);
}

/** Fleet names become a DNS label of the federation API: an RFC 1123 label. */
export const fleetNamePattern = dnsLabelPattern;
export const fleetNameMaxLength = dnsLabelMaxLength;
export const fleetDescriptionMaxLength = 255;

/** Cluster names: 2–64 lowercase letters, digits and hyphens, starting with a letter, not ending in a hyphen. */
export const clusterNamePattern = /^[a-z][a-z0-9-]{0,62}[a-z0-9]$/;
export const clusterNameMaxLength = 64;

/**
 * UCS turns a policy into a Kubernetes ClusterRole of the same name; its console asks for
 * 1–63 lowercase letters, digits and hyphens, starting with a letter and not ending in a hyphen.
 */
export const policyNamePattern = /^[a-z]([-a-z0-9]*[a-z0-9])?$/;
export const policyNameMaxLength = 63;
export const policyDescriptionMaxLength = 255;

/** A DNS domain name such as shop.example.com (a federated fleet's DNS suffixes): dot-separated RFC 1123 labels, 253 characters at most. */
export const dnsDomainPattern =
  /^(?=.{1,253}$)([a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?)(\.[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?)*$/;

/** A Huawei Cloud project ID: 32 hex digits. VPC and subnet IDs are UUIDs (reference 3.2.15 example). */
export const projectIdPattern = /^[0-9a-f]{32}$/i;
export const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The longest IAM token the sign-in form takes (an IAM token is a few kilobytes). */
export const maxTokenLength = 16384;

/** An IPv4 CIDR block such as 10.0.0.0/16 (a multi-cloud cluster's pod and service networks). */
export const cidrPattern =
  /^(25[0-5]|2[0-4]\d|1?\d?\d)(\.(25[0-5]|2[0-4]\d|1?\d?\d)){3}\/(3[0-2]|[12]?\d)$/;

/**
 * Kubernetes label syntax (what UCS checks too): a key is an optional DNS-subdomain prefix of
 * at most 253 characters and "/", then a name of 1–63 characters, alphanumeric at both ends with
 * `-`, `_` or `.` inside; a value is empty or such a name.
 */
const dnsSubdomainPattern = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
const labelNamePattern = /^[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?$/;

export function isLabelKey(key: string): boolean {
  const slash = key.lastIndexOf('/');
  const prefix = slash >= 0 ? key.slice(0, slash) : undefined;
  const name = slash >= 0 ? key.slice(slash + 1) : key;
  if (prefix !== undefined && (prefix.length > 253 || !dnsSubdomainPattern.test(prefix))) {
    return false;
  }
  return name.length <= 63 && labelNamePattern.test(name);
}

export function isLabelValue(value: string): boolean {
  return value === '' || (value.length <= 63 && labelNamePattern.test(value));
}
