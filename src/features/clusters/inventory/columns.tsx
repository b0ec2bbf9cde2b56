import type { MouseEvent, ReactNode } from 'react';
import { Badge } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import type { TFunction } from 'i18next';
import type { NormalizedCluster } from '@/api/normalize';
import { ApiText } from '@/components/ApiText';
import { RowTooltip } from '@/components/RowTooltip';
import { ucsTime } from '@/components/UcsDate';
import { clusterStatus } from '../ClusterStatusBadge';
import {
  federationState,
  isVersionSupported,
  kindLabels,
  locationText,
  type FederationState,
} from '@/api/facts/clusterFacts';
import { paths } from '@/paths';
import classes from './cells.module.css';
import badges from './dotBadge.module.css';

export interface ColumnContext {
  t: TFunction;
  language: string;
  fleetNames: ReadonlyMap<string, string>;
  supportedVersions: readonly string[] | undefined;
  /** Follows a cell's link in the app (useFollowLink): the cells' links are plain `<a href>`. */
  followLink: (event: MouseEvent<HTMLAnchorElement>) => void;
}

/*
 * The cells are plain elements styled by cells.module.css and dotBadge.module.css, with the look
 * of the Mantine components they replace (Anchor, Text, Badge): a page of rows renders no
 * component per cell but the cut name (ApiText) and, on rows that have a reason, its tooltip.
 */

export interface ClusterColumn {
  id: string;
  /** Shown unless the operator hides it; `name` cannot be hidden. */
  defaultVisible: boolean;
  header: (context: ColumnContext) => string;
  cell: (cluster: NormalizedCluster, context: ColumnContext) => ReactNode;
  /** The cell as plain text, for CSV export. */
  text: (cluster: NormalizedCluster, context: ColumnContext) => string;
  /** Aria sort state for the columns the list can be sorted by. */
  sortKey?: 'created' | 'updated';
}

const federationColors: Record<FederationState, string> = {
  Federalized: 'teal',
  Federalizing: 'blue',
  FederalizeFailed: 'red',
  none: 'gray',
};

/**
 * Mantine's `<Badge variant="dot" tt="none">` (ClusterStatusBadge) as plain elements
 * (dotBadge.module.css); `color` is one of the colours the CSS names.
 */
function dotBadge(color: string, label: string, suffix = '', tabIndex?: number) {
  return (
    <span className={badges.dot} data-color={color} tabIndex={tabIndex}>
      <span className={badges.label}>
        {label}
        {suffix}
      </span>
    </span>
  );
}

function fleetName(cluster: NormalizedCluster, context: ColumnContext) {
  const fleetId = cluster.spec.clusterGroupID;
  return fleetId ? (context.fleetNames.get(fleetId) ?? fleetId) : '';
}

function nodesText(cluster: NormalizedCluster) {
  const summary = cluster.status.nodeSummary;
  if (summary?.totalNum === undefined) return '';
  return `${summary.readyNum ?? 0}/${summary.totalNum}`;
}

export const clusterColumns: ClusterColumn[] = [
  {
    id: 'name',
    defaultVisible: true,
    header: ({ t }) => t('clusters.columns.name'),
    cell: (cluster, { followLink }) => (
      <a
        href={paths.cluster({ clusterId: cluster.metadata.uid })}
        className={`mantine-focus-auto ${classes.name}`}
        onClick={followLink}
      >
        <ApiText lines={1} focusable={false}>
          {cluster.metadata.name}
        </ApiText>
      </a>
    ),
    text: (cluster) => cluster.metadata.name ?? '',
  },
  {
    id: 'status',
    defaultVisible: true,
    header: ({ t }) => t('clusters.columns.status'),
    cell: (cluster, { t }) => {
      const { color, label, frozen, reason } = clusterStatus(cluster, t);
      const badge = dotBadge(color, label, frozen, reason ? 0 : undefined);
      return reason ? (
        <RowTooltip label={reason} multiline maw={320} withArrow>
          {badge}
        </RowTooltip>
      ) : (
        badge
      );
    },
    text: (cluster) => cluster.status.phase ?? '',
  },
  {
    id: 'kind',
    defaultVisible: true,
    header: ({ t }) => t('clusters.columns.kind'),
    cell: (cluster) => {
      const labels = kindLabels(cluster);
      return (
        <>
          {labels.type}
          <span className={classes.dimmedSmall}>
            {' · '}
            {labels.provider}
          </span>
        </>
      );
    },
    text: (cluster) => `${kindLabels(cluster).type} · ${kindLabels(cluster).provider}`,
  },
  {
    id: 'provider',
    defaultVisible: false,
    header: ({ t }) => t('clusters.columns.provider'),
    cell: (cluster) => kindLabels(cluster).provider,
    text: (cluster) => kindLabels(cluster).provider,
  },
  {
    id: 'type',
    defaultVisible: false,
    header: ({ t }) => t('clusters.columns.type'),
    cell: (cluster) => kindLabels(cluster).type,
    text: (cluster) => kindLabels(cluster).type,
  },
  {
    id: 'category',
    defaultVisible: false,
    header: ({ t }) => t('clusters.columns.category'),
    cell: (cluster) => kindLabels(cluster).category,
    text: (cluster) => kindLabels(cluster).category,
  },
  {
    id: 'fleet',
    defaultVisible: true,
    header: ({ t }) => t('clusters.columns.fleet'),
    cell: (cluster, context) => {
      const fleetId = cluster.spec.clusterGroupID;
      return fleetId ? (
        <a
          href={paths.fleet({ fleetId })}
          className={`mantine-focus-auto ${classes.link}`}
          onClick={context.followLink}
        >
          <ApiText lines={1} focusable={false} maxWidth="14rem">
            {fleetName(cluster, context)}
          </ApiText>
        </a>
      ) : (
        <span className={classes.dimmedSmall}>{context.t('clusters.notInFleet')}</span>
      );
    },
    text: fleetName,
  },
  {
    id: 'version',
    defaultVisible: true,
    header: ({ t }) => t('clusters.columns.version'),
    cell: (cluster, { t, supportedVersions }) => {
      const version = cluster.status.kubernetesVersion;
      if (!version) return <span className={classes.dimmed}>{t('common.none')}</span>;
      if (isVersionSupported(version, supportedVersions) !== false) return version;
      return (
        <RowTooltip label={t('clusters.unsupportedVersionHint')} multiline maw={280}>
          <Badge
            color="orange"
            variant="light"
            leftSection={<IconAlertTriangle size={12} aria-hidden />}
            tabIndex={0}
          >
            {t('clusters.unsupportedVersion', { version })}
          </Badge>
        </RowTooltip>
      );
    },
    text: (cluster) => cluster.status.kubernetesVersion ?? '',
  },
  {
    id: 'nodes',
    defaultVisible: true,
    header: ({ t }) => t('clusters.columns.nodes'),
    cell: (cluster, { t }) => {
      const text = nodesText(cluster);
      if (!text) return <span className={classes.dimmed}>{t('common.none')}</span>;
      const summary = cluster.status.nodeSummary;
      const degraded = (summary?.readyNum ?? 0) < (summary?.totalNum ?? 0);
      return (
        <span
          className={classes.small}
          // Orange, readable on either scheme (axe checks it: this column is on screen at 1280 px).
          data-degraded={degraded || undefined}
          aria-label={t('clusters.nodesReady', {
            ready: summary?.readyNum ?? 0,
            count: summary?.totalNum ?? 0,
          })}
        >
          {text}
        </span>
      );
    },
    text: nodesText,
  },
  {
    id: 'location',
    defaultVisible: true,
    header: ({ t }) => t('clusters.columns.location'),
    cell: (cluster, { t, language }) =>
      locationText(cluster, language) ?? <span className={classes.dimmed}>{t('common.none')}</span>,
    text: (cluster, { language }) => locationText(cluster, language) ?? '',
  },
  {
    id: 'federation',
    defaultVisible: true,
    header: ({ t }) => t('clusters.columns.federation'),
    cell: (cluster, { t }) => {
      const state = federationState(cluster);
      return dotBadge(federationColors[state], t(`clusters.federation.${state}`));
    },
    text: (cluster, { t }) => t(`clusters.federation.${federationState(cluster)}`),
  },
  {
    id: 'created',
    defaultVisible: true,
    sortKey: 'created',
    header: ({ t }) => t('clusters.columns.created'),
    cell: (cluster, { t, language }) =>
      ucsTime(cluster.metadata.creationTimestamp, language) ?? (
        <span className={classes.dimmed}>{t('common.none')}</span>
      ),
    text: (cluster) => cluster.metadata.creationTimestamp ?? '',
  },
  {
    id: 'updated',
    defaultVisible: false,
    sortKey: 'updated',
    header: ({ t }) => t('clusters.columns.updated'),
    cell: (cluster, { t, language }) =>
      ucsTime(cluster.metadata.updateTimestamp, language) ?? (
        <span className={classes.dimmed}>{t('common.none')}</span>
      ),
    text: (cluster) => cluster.metadata.updateTimestamp ?? '',
  },
];
