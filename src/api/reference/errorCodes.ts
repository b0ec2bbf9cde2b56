/**
 * The UCS error codes of table 5-1 (section 5.2 of the UCS API Reference, Issue 01, 2024-04-30),
 * as data: error code → HTTP status, the server's `error_msg` and the reference's explanation.
 *
 * Transcribed as printed, with two oddities kept on purpose:
 * - UCS.00020003 is listed twice (500 "Failed to create certs." and 500 "Failed to delete certs.");
 *   the first row is the entry, the second is noted at its place below.
 * - UCS.01030015 has status 100 in the table ("Register multi cloud cluster error"); it is almost
 *   certainly a misprint of 400, but the status is kept as printed.
 */

export interface UcsErrorCodeInfo {
  /** HTTP status code the table gives for the error. */
  status: number;
  /** The `error_msg` text UCS returns. */
  message: string;
  /** The reference's explanation of the error, in plainer words. */
  description: string;
}

export const ucsErrorCodes: Record<string, UcsErrorCodeInfo> = {
  'UCS.00000001': {
    status: 400,
    message: 'Failed to obtain the user information.',
    description: 'Failed to obtain the user information.',
  },
  'UCS.00000003': {
    status: 400,
    message: 'Failed to obtain the federation information.',
    description: 'Failed to obtain the federation information.',
  },
  'UCS.00000004': { status: 403, message: 'Request forbidden.', description: 'Forbidden request.' },
  'UCS.00000005': {
    status: 500,
    message: 'Database operation failed.',
    description: 'Failed to operate the database.',
  },
  'UCS.00000006': {
    status: 500,
    message: 'Server internal error.',
    description: 'Internal server error.',
  },
  'UCS.00000007': {
    status: 500,
    message: 'Data transform error.',
    description: 'Data conversion failed.',
  },
  'UCS.00000008': {
    status: 500,
    message: 'Error add event.',
    description: 'Failed to add the event.',
  },
  'UCS.00000009': {
    status: 500,
    message: 'Data unmarshal error.',
    description: 'Failed to deserialize data.',
  },
  'UCS.00000010': {
    status: 500,
    message: 'Data marshal error.',
    description: 'Failed to serialize data.',
  },
  'UCS.00000011': {
    status: 400,
    message: 'Bad query parameter value.',
    description: 'Invalid request parameter.',
  },
  'UCS.00000012': {
    status: 400,
    message: 'Invalid request body.',
    description: 'Invalid request body.',
  },
  'UCS.00000013': {
    status: 404,
    message: 'No requested resources found.',
    description: 'The requested resource cannot be found.',
  },
  'UCS.00000014': {
    status: 500,
    message: 'Failed to encrypt data.',
    description: 'Data encryption failed.',
  },
  'UCS.00000015': {
    status: 500,
    message: 'Failed to decrypt data.',
    description: 'Data decryption failed.',
  },
  'UCS.00000016': {
    status: 400,
    message: 'Invalid header value.',
    description: 'Invalid request header.',
  },
  'UCS.00000017': {
    status: 400,
    message: 'Insufficient quota',
    description: 'Insufficient quota.',
  },
  'UCS.00000018': {
    status: 401,
    message: 'Authorization failed.',
    description: 'Authorization failed.',
  },
  'UCS.00010001': {
    status: 500,
    message: 'Failed to get iam connection.',
    description: 'IAM connection failed.',
  },
  'UCS.00010002': {
    status: 403,
    message: 'Sub-user has no authority to create agency.',
    description: 'The IAM user does not have the permission for creating an agency.',
  },
  'UCS.00010003': {
    status: 400,
    message: 'Failed to create agency.',
    description: 'Failed to create an agency.',
  },
  'UCS.00010004': {
    status: 500,
    message: 'Failed to get role id for te_admin.',
    description: 'Failed to obtain the te_admin role.',
  },
  'UCS.00010005': {
    status: 500,
    message: 'Failed to get admin token from iam.',
    description: 'Failed to obtain the admin token.',
  },
  'UCS.00010006': {
    status: 500,
    message: 'Failed to get agency list from iam.',
    description: 'Failed to obtain the agency list.',
  },
  'UCS.00010007': {
    status: 500,
    message: 'Failed to get agency grants from iam.',
    description: 'Failed to obtain the agency grants.',
  },
  'UCS.00010008': {
    status: 500,
    message: 'Failed to update agency role.',
    description: 'Failed to update the agency role.',
  },
  'UCS.00010009': {
    status: 400,
    message: 'Failed to get project token by agency',
    description: 'Failed to obtain the project token through the agency.',
  },
  'UCS.00010010': {
    status: 400,
    message: 'Failed to get op_svc account domain token',
    description: 'Failed to obtain the token of the op account.',
  },
  'UCS.00010011': {
    status: 400,
    message: 'Failed to get project id by project name.',
    description: 'Failed to obtain the project ID.',
  },
  'UCS.00010012': {
    status: 400,
    message: 'IAM agency quota insufficient, please expand agency quota',
    description: 'IAM agency quota exceeded.',
  },
  'UCS.00010013': {
    status: 400,
    message: 'fail to get iam pdp authorize result',
    description: 'Failed to obtain the PDP authentication result.',
  },
  'UCS.00010014': {
    status: 403,
    message: 'iam pdp authentication denied',
    description: 'PDP authentication rejected.',
  },
  'UCS.00010015': {
    status: 403,
    message: 'iam rbac authentication denied',
    description: 'RBAC authentication rejected.',
  },
  'UCS.00020001': {
    status: 500,
    message: 'Failed to get aeskey.',
    description: 'Failed to obtain the aeskey.',
  },
  'UCS.00020002': {
    status: 500,
    message: 'Failed to get certs.',
    description: 'Failed to obtain the certificate.',
  },
  'UCS.00020003': {
    status: 500,
    message: 'Failed to create certs.',
    description: 'Failed to create the certificate.',
  },
  // The table lists UCS.00020003 a second time: 500, "Failed to delete certs." / "Failed to delete
  // the certificate." Only the first row is kept as the entry.
  'UCS.00030001': { status: 404, message: 'Cluster Not Found.', description: 'No clusters found.' },
  'UCS.00030002': {
    status: 400,
    message: 'Failed to obtain the cluster information.',
    description: 'Failed to obtain the cluster information.',
  },
  'UCS.00030003': {
    status: 400,
    message: 'Failed to get resourceJob info with cluster status',
    description: 'Failed to obtain the resource job.',
  },
  'UCS.00040001': {
    status: 400,
    message: 'Failed to obtain the mesh information.',
    description: 'Failed to obtain the mesh information.',
  },
  'UCS.00090001': {
    status: 500,
    message: 'Failed to create DNSRecord',
    description: 'Failed to create the record set.',
  },
  'UCS.00100001': {
    status: 400,
    message: 'Failed to publish message to smn.',
    description: 'Failed to publish messages to SMN.',
  },
  'UCS.00100002': { status: 400, message: 'smn topic error.', description: 'Invalid SMN topic.' },
  'UCS.00100003': {
    status: 400,
    message: 'smn subscription error.',
    description: 'SMN subscription error.',
  },
  'UCS.00110001': {
    status: 400,
    message: 'SDR failed to get billing raw data',
    description: 'Failed to obtain billing data.',
  },
  'UCS.00110002': {
    status: 400,
    message: 'Formatting raw billing data to SDR format error',
    description: 'Failed to format billing data.',
  },
  'UCS.00120001': {
    status: 400,
    message: 'CBC failed to update resources status',
    description: 'Failed to update the CBC resource status.',
  },
  'UCS.00130001': {
    status: 400,
    message: 'Get UCS Agency info error',
    description: 'Failed to obtain the UCS agency.',
  },
  'UCS.00140001': {
    status: 400,
    message: 'Create ClusterRole failed',
    description: 'Failed to create a ClusterRole.',
  },
  'UCS.00140002': {
    status: 400,
    message: 'Delete ClusterRole failed',
    description: 'Failed to delete a ClusterRole.',
  },
  'UCS.00140003': {
    status: 400,
    message: 'Update ClusterRole failed',
    description: 'Failed to update a ClusterRole.',
  },
  'UCS.00140004': {
    status: 400,
    message: 'Get ClusterRole failed',
    description: 'Failed to obtain the ClusterRole information.',
  },
  'UCS.00140005': {
    status: 400,
    message: 'Create ClusterRoleBinding failed',
    description: 'Failed to create a ClusterRoleBinding.',
  },
  'UCS.00140006': {
    status: 400,
    message: 'Delete ClusterRoleBinding failed',
    description: 'Failed to delete a ClusterRoleBinding.',
  },
  'UCS.00140007': {
    status: 400,
    message: 'Update ClusterRoleBinding failed',
    description: 'Failed to update a ClusterRoleBinding.',
  },
  'UCS.00140008': {
    status: 400,
    message: 'Get ClusterRoleBinding failed',
    description: 'Failed to obtain the ClusterRoleBinding information.',
  },
  'UCS.00140009': {
    status: 400,
    message: 'Create Role failed',
    description: 'Failed to create a role.',
  },
  'UCS.00140010': {
    status: 400,
    message: 'Delete Role failed',
    description: 'Failed to delete a role.',
  },
  'UCS.00140011': {
    status: 400,
    message: 'Update Role failed',
    description: 'Failed to update a role.',
  },
  'UCS.00140012': {
    status: 400,
    message: 'Get Role failed',
    description: 'Failed to obtain the role information.',
  },
  'UCS.00140013': {
    status: 400,
    message: 'Create RoleBinding failed',
    description: 'Failed to create a RoleBinding.',
  },
  'UCS.00140014': {
    status: 400,
    message: 'Delete RoleBinding failed',
    description: 'Failed to delete a RoleBinding.',
  },
  'UCS.00140015': {
    status: 400,
    message: 'Update RoleBinding failed',
    description: 'Failed to update a RoleBinding.',
  },
  'UCS.00140016': {
    status: 400,
    message: 'Get RoleBinding failed',
    description: 'Failed to obtain the RoleBinding information.',
  },
  'UCS.00150001': {
    status: 400,
    message: 'Cluster policy validate failed.',
    description: 'Cluster policy verification failed.',
  },
  'UCS.00150002': {
    status: 400,
    message: 'ClusterGroup policy validate failed.',
    description: 'Cluster group policy verification failed.',
  },
  'UCS.00150003': {
    status: 400,
    message: 'Cluster has enable policy.',
    description: 'The policy has been enabled for the cluster.',
  },
  'UCS.00150004': {
    status: 400,
    message: 'ClusterGroup has enable policy.',
    description: 'The policy has been enabled for the cluster group.',
  },
  'UCS.00150005': {
    status: 400,
    message: 'Cluster not enable policy.',
    description: 'The policy is not enabled for the cluster.',
  },
  'UCS.00150006': {
    status: 400,
    message: 'ClusterGroup not enable policy.',
    description: 'The policy is not enabled for the cluster group.',
  },
  'UCS.00150007': {
    status: 500,
    message: 'Get policy job failed.',
    description: 'Failed to obtain the policy task.',
  },
  'UCS.01000001': {
    status: 400,
    message: 'Failed to obtain the user information.',
    description: 'Failed to obtain the user information.',
  },
  'UCS.01000002': {
    status: 429,
    message: 'The throttling threshold has been reached.',
    description: 'Throttling threshold reached.',
  },
  'UCS.01000003': {
    status: 401,
    message: 'Authorization failed.',
    description: 'Authorization failed.',
  },
  'UCS.01000004': { status: 403, message: 'Request forbidden.', description: 'Forbidden request.' },
  'UCS.01000005': {
    status: 500,
    message: 'Database operation failed.',
    description: 'Failed to operate the database.',
  },
  'UCS.01000006': {
    status: 500,
    message: 'Server internal error.',
    description: 'Internal server error.',
  },
  'UCS.01000007': {
    status: 500,
    message: 'Data transform error.',
    description: 'Data conversion failed.',
  },
  'UCS.01000008': {
    status: 500,
    message: 'Error add event.',
    description: 'Failed to add the event.',
  },
  'UCS.01000009': {
    status: 500,
    message: 'Data unmarshal error.',
    description: 'Failed to deserialize data.',
  },
  'UCS.01000010': {
    status: 500,
    message: 'Data marshal error.',
    description: 'Failed to serialize data.',
  },
  'UCS.01000011': {
    status: 400,
    message: 'Bad query parameter value.',
    description: 'Invalid request parameter.',
  },
  'UCS.01000012': {
    status: 400,
    message: 'Invalid request body.',
    description: 'Invalid request body.',
  },
  'UCS.01000013': {
    status: 404,
    message: 'No requested resources found.',
    description: 'The requested resource cannot be found.',
  },
  'UCS.01000014': {
    status: 500,
    message: 'Failed to encrypt data.',
    description: 'Data encryption failed.',
  },
  'UCS.01000015': {
    status: 500,
    message: 'Failed to decrypt data.',
    description: 'Data decryption failed.',
  },
  'UCS.01000016': {
    status: 400,
    message: 'Invalid header value.',
    description: 'Invalid request header.',
  },
  'UCS.01000017': {
    status: 400,
    message: 'Insufficient quota',
    description: 'Insufficient quota.',
  },
  'UCS.01000018': {
    status: 400,
    message: 'Quota info validate failed',
    description: 'Quota parameter verification failed.',
  },
  'UCS.01000019': {
    status: 500,
    message: 'Quota update failed',
    description: 'Quota update failed.',
  },
  'UCS.01010001': {
    status: 500,
    message: 'Failed to get iam connection.',
    description: 'IAM connection failed.',
  },
  'UCS.01010002': {
    status: 500,
    message: 'Failed to get project token by agency',
    description: 'Failed to obtain the project token through the agency.',
  },
  'UCS.01010003': {
    status: 403,
    message: 'No access permission. Please contact the administrator.',
    description: 'No permissions.',
  },
  'UCS.01010004': {
    status: 400,
    message: "get deployment region's projectID error",
    description: 'Failed to obtain the project ID.',
  },
  'UCS.01010005': {
    status: 400,
    message: "get IAM agency's token error",
    description: 'Failed to obtain the agency token.',
  },
  'UCS.01010006': {
    status: 400,
    message: 'fail to get iam pdp authorize result',
    description: 'Failed to obtain the PDP authentication result.',
  },
  'UCS.01010007': {
    status: 403,
    message: 'iam pdp authentication denied',
    description: 'PDP authentication rejected.',
  },
  'UCS.01010008': {
    status: 403,
    message: 'iam rbac authentication denied',
    description: 'RBAC authentication rejected.',
  },
  'UCS.01020001': {
    status: 500,
    message: 'Failed to get aeskey.',
    description: 'Failed to obtain the aeskey.',
  },
  'UCS.01020002': {
    status: 500,
    message: 'Failed to get certs.',
    description: 'Failed to obtain the certificate.',
  },
  'UCS.01020003': {
    status: 500,
    message: 'Failed to create certs.',
    description: 'Failed to create the certificate.',
  },
  'UCS.01020004': {
    status: 500,
    message: 'Failed to delete certs.',
    description: 'Failed to delete the certificate.',
  },
  'UCS.01030001': { status: 404, message: 'Cluster Not Found.', description: 'No clusters found.' },
  'UCS.01030002': {
    status: 400,
    message: 'Failed to obtain the cluster information.',
    description: 'Failed to obtain the cluster information.',
  },
  'UCS.01030003': {
    status: 409,
    message: 'The same cluster already exists.',
    description: 'The cluster name already exists.',
  },
  'UCS.01030004': {
    status: 400,
    message: 'Cluster status is unavailable, please fix cluster first.',
    description: 'The cluster is unavailable.',
  },
  'UCS.01030005': {
    status: 403,
    message: 'No authorization for cluster',
    description: 'Failed to authorize the cluster.',
  },
  'UCS.01030006': {
    status: 400,
    message: 'Create resource job for cluster error',
    description: 'Failed to create a resource job in the cluster.',
  },
  'UCS.01030007': {
    status: 400,
    message: 'Create on-demand order for cluster error',
    description: 'Failed to create the pay-per-use order.',
  },
  'UCS.01030008': {
    status: 400,
    message: 'Cluster kubeconfig format error.',
    description: 'Incorrect kubeconfig format of the cluster.',
  },
  'UCS.01030009': {
    status: 400,
    message: 'This cluster does not support unregister',
    description: 'The cluster does not support unregistration.',
  },
  'UCS.01030010': {
    status: 400,
    message: 'Failed to obtain cce cluster information.',
    description: 'Failed to obtain the CCE cluster information.',
  },
  'UCS.01030011': {
    status: 400,
    message: 'Cluster category not supported',
    description: 'The cluster type is not supported.',
  },
  'UCS.01030012': {
    status: 400,
    message: 'Register cce cluster error',
    description: 'Failed to register the CCE cluster.',
  },
  'UCS.01030013': {
    status: 400,
    message: 'Register attached cluster error',
    description: 'Failed to register the attached cluster.',
  },
  'UCS.01030014': {
    status: 400,
    message: 'Register on-premise cluster error',
    description: 'Failed to register the on-premises cluster.',
  },
  // Status 100 as printed in the table (see the file comment).
  'UCS.01030015': {
    status: 100,
    message: 'Register multi cloud cluster error',
    description: 'Failed to register the multi-cloud cluster.',
  },
  'UCS.01030016': {
    status: 400,
    message: 'Cluster has been frozen',
    description: 'The cluster has been frozen.',
  },
  'UCS.01050001': {
    status: 400,
    message: 'RecordSet create failed.',
    description: 'Failed to create the record set.',
  },
  'UCS.01080001': {
    status: 400,
    message: 'Failed to obtain the federation information.',
    description: 'Failed to obtain the federation information.',
  },
  'UCS.01080002': {
    status: 400,
    message: 'Cluster group has federalized.',
    description: 'Federation has been enabled for the fleet.',
  },
  'UCS.01080003': {
    status: 500,
    message: 'Cluster group federation failed.',
    description: 'Federation operation failed.',
  },
  'UCS.01080004': {
    status: 400,
    message: 'Cluster group federation validate failed.',
    description: 'Failed to enable federation verification.',
  },
  'UCS.01080005': {
    status: 400,
    message: 'Retry join all clusters to federation failed.',
    description: 'Failed to federate all clusters again.',
  },
  'UCS.01080006': {
    status: 400,
    message: 'Cluster group has not been federalized.',
    description: 'Federation is not enabled for the fleet.',
  },
  'UCS.01080007': {
    status: 400,
    message: 'Retry join cluster to federation failed.',
    description: 'Failed to add the cluster to the federation again.',
  },
  'UCS.01090001': {
    status: 400,
    message: 'Failed to obtain the mesh information.',
    description: 'Failed to obtain the mesh information.',
  },
  'UCS.01100001': {
    status: 403,
    message: 'No authorization for cluster group',
    description: 'The fleet is not authorized.',
  },
  'UCS.01100002': {
    status: 400,
    message: 'associate cluster with clustergroup error',
    description: 'Failed to add the cluster to the fleet.',
  },
  'UCS.01100003': {
    status: 400,
    message: 'associate cluster with rule error',
    description: 'Failed to associate the permission policy with the fleet.',
  },
  'UCS.01100004': {
    status: 409,
    message: 'The same clustergroup already exists.',
    description: 'The fleet name already exists.',
  },
  'UCS.01100005': {
    status: 404,
    message: 'ClusterGroup Not Found.',
    description: 'The fleet does not exist.',
  },
  'UCS.01100006': {
    status: 400,
    message: 'Cluster number in fleet exceed limit.',
    description: 'Too many clusters in the fleet.',
  },
  'UCS.01100007': {
    status: 400,
    message: 'Update associated clusters validate failed',
    description: 'Failed to verify the update of the associated cluster.',
  },
  'UCS.01110001': {
    status: 400,
    message: 'resource notification to SMN error',
    description: 'Failed to send notifications to SMN.',
  },
  'UCS.01120001': {
    status: 400,
    message: 'Create ClusterRole failed',
    description: 'Failed to create a ClusterRole.',
  },
  'UCS.01120002': {
    status: 400,
    message: 'Delete ClusterRole failed',
    description: 'Failed to delete a ClusterRole.',
  },
  'UCS.01120003': {
    status: 400,
    message: 'Update ClusterRole failed',
    description: 'Failed to update a ClusterRole.',
  },
  'UCS.01120004': {
    status: 400,
    message: 'Get ClusterRole failed',
    description: 'Failed to obtain the ClusterRole information.',
  },
  'UCS.01120005': {
    status: 400,
    message: 'Create ClusterRoleBinding failed',
    description: 'Failed to create a ClusterRoleBinding.',
  },
  'UCS.01120006': {
    status: 400,
    message: 'Delete ClusterRoleBinding failed',
    description: 'Failed to delete a ClusterRoleBinding.',
  },
  'UCS.01120007': {
    status: 400,
    message: 'Update ClusterRoleBinding failed',
    description: 'Failed to update a ClusterRoleBinding.',
  },
  'UCS.01120008': {
    status: 400,
    message: 'Get ClusterRoleBinding failed',
    description: 'Failed to obtain the ClusterRoleBinding information.',
  },
  'UCS.01120009': {
    status: 400,
    message: 'Create Role failed',
    description: 'Failed to create a role.',
  },
  'UCS.01120010': {
    status: 400,
    message: 'Delete Role failed',
    description: 'Failed to delete a role.',
  },
  'UCS.01120011': {
    status: 400,
    message: 'Update Role failed',
    description: 'Failed to update a role.',
  },
  'UCS.01120012': {
    status: 400,
    message: 'Get Role failed',
    description: 'Failed to obtain the role information.',
  },
  'UCS.01120013': {
    status: 400,
    message: 'Create RoleBinding failed',
    description: 'Failed to create a RoleBinding.',
  },
  'UCS.01120014': {
    status: 400,
    message: 'Delete RoleBinding failed',
    description: 'Failed to delete a RoleBinding.',
  },
  'UCS.01120015': {
    status: 400,
    message: 'Update RoleBinding failed',
    description: 'Failed to update a RoleBinding.',
  },
  'UCS.01120016': {
    status: 400,
    message: 'Get RoleBinding failed',
    description: 'Failed to obtain the RoleBinding information.',
  },
  'UCS.01130001': {
    status: 400,
    message: 'policy management create reconcile job failed',
    description: 'Failed to create a coordination job in policy management.',
  },
  'UCS.01130002': {
    status: 400,
    message: 'policy management create disable job failed',
    description: 'Failed to create a disabling job in policy management.',
  },
  'UCS.01130003': {
    status: 400,
    message: 'cluster policy validate failed.',
    description: 'Cluster policy verification failed.',
  },
  'UCS.01130004': {
    status: 400,
    message: 'clusterGroup policy validate failed.',
    description: 'Cluster group policy verification failed.',
  },
  'UCS.01130005': {
    status: 400,
    message: 'cluster policy management is in installing or closing status',
    description: 'Cluster policy management is being installed or has been disabled.',
  },
  'UCS.01130006': {
    status: 400,
    message: 'cluster group policy management is in installing or closing status',
    description: 'Cluster group policy management is being installed or has been disabled.',
  },
};

/** The table entry for an error code such as `UCS.01100004`, or undefined when it is not listed. */
export function describeUcsError(code: string): UcsErrorCodeInfo | undefined {
  return Object.hasOwn(ucsErrorCodes, code) ? ucsErrorCodes[code] : undefined;
}
