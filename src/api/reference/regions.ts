/**
 * UCS regions of the reference's table 1-1. The console's proxy forwards
 * `/ucs-api/{region}/…` to `https://ucs.{region}.myhuaweicloud.com` (and `/iam-api/{region}/…`
 * to IAM there); plain `/ucs-api/…` goes to the endpoint the proxy was started with
 * (UCS_ENDPOINT), which is how a custom or private endpoint is reached.
 */
export interface UcsRegion {
  id: string;
  name: string;
  ucsEndpoint: string;
  iamEndpoint: string;
}

export const ucsRegions: readonly UcsRegion[] = [
  {
    id: 'cn-north-4',
    name: 'CN North-Beijing4',
    ucsEndpoint: 'https://ucs.cn-north-4.myhuaweicloud.com',
    iamEndpoint: 'https://iam.cn-north-4.myhuaweicloud.com',
  },
  {
    id: 'ap-southeast-3',
    name: 'AP-Singapore',
    ucsEndpoint: 'https://ucs.ap-southeast-3.myhuaweicloud.com',
    iamEndpoint: 'https://iam.ap-southeast-3.myhuaweicloud.com',
  },
];

export function findRegion(id: string | null | undefined): UcsRegion | undefined {
  return ucsRegions.find((region) => region.id === id);
}
