import { useState } from 'react';
import { Stack } from '@mantine/core';
import type { NormalizedClusterGroup } from '@/api/normalize';
import { useApiMutation } from '@/api/query';
import { ConnectionForm } from './ConnectionForm';
import type { ConnectStepState } from './connectStepState';
import { isValidDuration } from './connectionFields';
import { downloadFile, kubeconfigText } from './downloadFile';
import { KubeconfigDownload } from './KubeconfigDownload';

/**
 * Step 3: a VPC endpoint to the federation API server, then a kubeconfig for it. The validity
 * is chosen once and used by both "Download kubeconfig" and "Connect and download".
 */
export function ConnectStep({ fleet }: { fleet: NormalizedClusterGroup }) {
  const fleetId = fleet.metadata.uid;
  const fileName = `${fleet.metadata.name ?? fleetId}_kubeconfig.json`;
  const [validity, setValidity] = useState<string>('365');
  const [customDays, setCustomDays] = useState<number | string>(90);
  const connect = useApiMutation('createFederationConnection');
  const cert = useApiMutation('createFederationCert');
  const kubeconfig = useApiMutation('downloadFederationKubeconfig');
  const [downloaded, setDownloaded] = useState(false);

  const chosen = validity === 'custom' ? customDays : Number(validity);

  const step: ConnectStepState = {
    fleetId,
    busy: connect.isPending || cert.isPending || kubeconfig.isPending,
    days: isValidDuration(chosen) ? chosen : null,
    save: (value) => {
      downloadFile(fileName, kubeconfigText(value));
      setDownloaded(true);
    },
  };

  return (
    <Stack gap="lg">
      <ConnectionForm step={step} connect={connect} cert={cert} />
      <KubeconfigDownload
        step={step}
        fileName={fileName}
        kubeconfig={kubeconfig}
        choice={{ validity, onValidity: setValidity, customDays, onCustomDays: setCustomDays }}
        downloaded={downloaded}
      />
    </Stack>
  );
}
