import type { TFunction } from 'i18next';
import type { LiveStatus } from '../live/liveStore';

/** The status of the live room in words of the UI language. */
export function liveStatusText(status: LiveStatus, t: TFunction<'live'>): string {
  switch (status.kind) {
    case 'local':
      return t('status.local');
    case 'connecting':
      return t('status.connecting');
    case 'live':
      return t('status.live', { count: status.people });
    case 'degraded':
      return t('status.degraded');
    case 'syncing':
      return t('status.syncing', { count: status.unsynced });
    case 'offline':
      return status.unsynced > 0
        ? t('status.offline', { count: status.unsynced })
        : t('status.offlineSynced');
    case 'refused':
      return t('status.refused');
  }
}
