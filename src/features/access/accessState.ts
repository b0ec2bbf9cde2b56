import { parseAsString, parseAsStringLiteral } from 'nuqs';
import { parseAsPage } from '@/components/list/urlParsers';

/** `/access/users?user=…&q=…&page=…`: the user, the cluster name filter, the page. */
export const usersParsers = {
  user: parseAsString.withDefault(''),
  q: parseAsString.withDefault(''),
  page: parseAsPage,
};

/** `/access/targets?kind=fleet&fleet=…` or `?cluster=…`. */
export const targetsParsers = {
  kind: parseAsStringLiteral(['cluster', 'fleet']).withDefault('cluster'),
  cluster: parseAsString.withDefault(''),
  fleet: parseAsString.withDefault(''),
};

/** `/access/check?user=…&verb=…&resource=…&namespace=…&cluster=…`: the question asked. */
export const checkParsers = {
  user: parseAsString.withDefault(''),
  verb: parseAsString.withDefault(''),
  resource: parseAsString.withDefault(''),
  namespace: parseAsString.withDefault(''),
  cluster: parseAsString.withDefault(''),
};

/** Rows per page of the users view's table. */
export const pageSize = 50;
