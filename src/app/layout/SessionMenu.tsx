import { useState } from 'react';
import { Button, Menu, Text } from '@mantine/core';
import { IconCheck, IconLogout, IconMapPin, IconUserCircle } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { appMode } from '@/api/mode';
import { findRegion, ucsRegions } from '@/api/reference/regions';
import { session } from '@/api/session';
import { useSession } from '../useSession';
import { paths } from '@/paths';

function relativeTime(targetMs: number, now: number, language: string): string {
  const minutes = Math.round((targetMs - now) / 60_000);
  const format = new Intl.RelativeTimeFormat(language, { numeric: 'auto' });
  return Math.abs(minutes) >= 60
    ? format.format(Math.round(minutes / 60), 'hour')
    : format.format(minutes, 'minute');
}

/**
 * When the token stops working. Rendered only while the menu is open, so "now" is the moment
 * the operator looked.
 */
function TokenExpiry({ expiresAt }: { expiresAt: string }) {
  const { t, i18n } = useTranslation();
  const [now] = useState(() => Date.now());
  const at = Date.parse(expiresAt);
  return (
    <Menu.Label>
      {Number.isNaN(at) || at <= now
        ? t('session.expired')
        : t('session.expiresIn', { relative: relativeTime(at, now, i18n.language) })}
    </Menu.Label>
  );
}

/** Who is signed in, where (region, project), until when; switch region; sign out. */
export function SessionMenu() {
  const { t } = useTranslation();
  const info = useSession();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  if (!info) return null;

  const regionLabel =
    appMode === 'demo'
      ? t('session.demoBackend')
      : (findRegion(info.region)?.id ?? t('session.proxyEndpoint'));
  const who = info.userName ?? t('session.tokenOnly');

  const switchRegion = (region: string | null) => {
    session.setRegion(region);
    // Answers from the old region must not be shown as the new region's.
    queryClient.clear();
  };
  const signOut = () => {
    session.clear();
    queryClient.clear();
    void navigate(paths.signIn(), { replace: true });
  };

  return (
    <Menu position="bottom-end" withinPortal width={280}>
      <Menu.Target>
        <Button
          variant="default"
          leftSection={<IconMapPin size={16} aria-hidden />}
          aria-label={t('session.menu', { who: `${who}, ${regionLabel}` })}
        >
          {/* A long project name is cut short here; the menu and the button's name have it all. */}
          <Text span size="sm" visibleFrom="sm" display="block" maw={220} truncate="end">
            {regionLabel}
            {info.projectName ? ` · ${info.projectName}` : ''}
          </Text>
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>
          <IconUserCircle size={14} aria-hidden style={{ verticalAlign: 'middle' }} />{' '}
          {info.userName
            ? t('session.signedInAs', { user: info.userName })
            : t('session.tokenOnly')}
        </Menu.Label>
        <Menu.Label>
          {t('session.region')}: {regionLabel}
          {info.projectName ? ` · ${t('session.project')}: ${info.projectName}` : ''}
        </Menu.Label>
        <TokenExpiry expiresAt={info.expiresAt} />
        {appMode === 'live' && (
          <>
            <Menu.Divider />
            <Menu.Label>{t('session.switchRegion')}</Menu.Label>
            {[null, ...ucsRegions.map((region) => region.id)].map((region) => (
              <Menu.Item
                key={region ?? 'proxy'}
                onClick={() => switchRegion(region)}
                rightSection={region === info.region ? <IconCheck size={16} aria-hidden /> : null}
              >
                {region ?? t('session.proxyEndpoint')}
              </Menu.Item>
            ))}
          </>
        )}
        <Menu.Divider />
        <Menu.Item leftSection={<IconLogout size={16} aria-hidden />} onClick={signOut}>
          {t('session.signOut')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
