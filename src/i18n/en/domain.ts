import { PATH_NAMES } from '../../domain/text/paths';
import { KIND_NAMES } from '../../domain/text/kinds';
import { CAPABILITY_NAMES, STANCE_NAMES } from '../../domain/text/names';

/** Names of the domain's words (docs/domain.md §3–§4), shared by every view. */
export const domain = {
  role: {
    'decision-maker': 'Decision maker',
    approver: 'Approver',
    evaluator: 'Evaluator',
    user: 'User',
    influencer: 'Influencer',
    gatekeeper: 'Gatekeeper',
    champion: 'Champion / KP',
  },
  stance: STANCE_NAMES.en,
  coverage: { none: 'No contact', brief: 'Brief', multiple: 'Multiple', deep: 'Deep' },
  kind: KIND_NAMES.en,
  link: {
    next: 'Next step',
    drives: 'Drives',
    approves: 'Approves',
    evaluates: 'Evaluates',
    informed: 'Is informed',
    'reports-to': 'Reports to',
    influences: 'Influences',
  },
  tier: {
    global: 'Global key account',
    national: 'National key account',
    regional: 'Regional key account',
    'high-value': 'High-value account',
  },
  objective: {
    'growth-stall': 'Growth of the existing base has stalled',
    'industry-depth': 'Deeper share in an industry',
    'flagship-reference': 'Flagship reference customers',
    'customer-upgrade': 'Upgrade the customer base',
    other: 'Other',
  },
  teamRole: {
    sales: 'Sales',
    presales: 'Presales',
    solution: 'Solution',
    delivery: 'Delivery',
    legal: 'Legal',
    finance: 'Finance',
    product: 'Product',
    executive: 'Executive',
    other: 'Other',
  },
  capability: CAPABILITY_NAMES.en,
  lane: {
    owner: 'Owner',
    actions: 'Sales actions',
    information: 'Information exchange',
    systems: 'System support',
    capabilities: 'Required capabilities',
    supporters: 'Supporting team',
    enablement: 'Enablement',
  },
  gap: {
    noneYet: 'None yet',
    mark: 'none yet (confirmed gap)',
    openLanes: 'Open lanes',
  },
  recommendation: PATH_NAMES['en'],
  severity: { high: 'High', medium: 'Medium', low: 'Low' },
};
