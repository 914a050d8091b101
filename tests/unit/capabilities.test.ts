import { describe, expect, it } from 'vitest';
import {
  capabilityCode,
  capabilityKey,
  capabilityName,
  missingCapabilities,
  normText,
  sameText,
  stageCapabilityGap,
  toCapability,
} from '../../src/domain/capabilities';
import { CAPABILITY_NAMES, STANCE_NAMES } from '../../src/domain/text/names';
import { CAPABILITIES } from '../../src/domain/types';
import { resources } from '../../src/i18n/resources';
import { makeTeamMember } from './builders';

describe('normalised comparison of names', () => {
  it('ignores case and surrounding spaces, nothing else', () => {
    expect(normText('  Golf ')).toBe('golf');
    expect(sameText('ROI Case', ' roi case')).toBe(true);
    expect(sameText('ROI case', 'ROI-case')).toBe(false);
  });
});

describe('typed text to capability code', () => {
  it('takes a code, or a code name in either language, in any case', () => {
    expect(capabilityCode('technical-presales')).toBe('technical-presales');
    expect(capabilityCode(' Technical PRESALES ')).toBe('technical-presales');
    expect(capabilityCode('技术售前')).toBe('technical-presales');
    expect(capabilityCode('决策链 / 组织洞察')).toBe('org-mapping');
    expect(capabilityCode('Golf')).toBeNull();
  });

  it('stores the code for a name and the trimmed text otherwise', () => {
    expect(toCapability('高层关系')).toBe('executive-relations');
    expect(toCapability('  Golf  ')).toBe('Golf');
    expect(capabilityKey('Executive relations')).toBe('executive-relations');
    expect(capabilityKey(' Golf ')).toBe('golf');
  });

  it('names a code in the UI language and leaves free text as typed', () => {
    expect(capabilityName('org-mapping', 'zh-CN')).toBe('决策链 / 组织洞察');
    expect(capabilityName('Org-Mapping', 'en')).toBe('Org & decision-chain mapping');
    expect(capabilityName('Golf', 'zh-CN')).toBe('Golf');
  });
});

describe('the capability-gap rule', () => {
  it('lists required entries no holder has, once per key, blanks ignored', () => {
    const held = [new Set(['technical-presales']), new Set(['golf'])];
    const required = [
      'technical-presales',
      'Executive relations',
      '高层关系',
      ' ',
      'GOLF',
      'Chess',
    ];
    expect(missingCapabilities(required, held)).toEqual(['Executive relations', 'Chess']);
    expect(missingCapabilities(['golf'], [])).toEqual(['golf']);
  });

  it('counts the owner and supporters who are team members, by code or name', () => {
    const team = [
      makeTeamMember({ id: 't1', capabilities: ['Technical presales'] }),
      makeTeamMember({ id: 't2', capabilities: ['budget-negotiation'] }),
    ];
    const required = ['technical-presales', 'budget-negotiation'];
    expect(stageCapabilityGap({ owner: 't1', capabilities: required }, team)).toEqual([
      'budget-negotiation',
    ]);
    expect(
      stageCapabilityGap({ owner: 't1', supporters: ['t2'], capabilities: required }, team),
    ).toEqual([]);
    expect(stageCapabilityGap({ owner: 'ghost', capabilities: required }, team)).toEqual(required);
  });
});

describe('one catalogue of words', () => {
  it('the i18n namespaces show the domain catalogue itself, in both languages', () => {
    for (const lang of ['en', 'zh-CN'] as const) {
      expect(resources[lang].domain.capability).toBe(CAPABILITY_NAMES[lang]);
      expect(resources[lang].domain.stance).toBe(STANCE_NAMES[lang]);
      expect(Object.keys(CAPABILITY_NAMES[lang]).sort()).toEqual([...CAPABILITIES].sort());
    }
  });
});
