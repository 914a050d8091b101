import { useTranslation } from 'react-i18next';
import { CAPABILITIES } from '../domain/types';

export const CAPABILITY_LIST_ID = 'swimlane-capability-options';

/** Translated capability names offered while typing into a capabilities cell. */
export function CapabilityOptions() {
  const { t } = useTranslation('domain');
  return (
    <datalist id={CAPABILITY_LIST_ID}>
      {CAPABILITIES.map((c) => (
        <option key={c} value={t(`capability.${c}`)} />
      ))}
    </datalist>
  );
}
