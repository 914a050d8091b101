import { describe, expect, it } from 'vitest';
import { detailsHeight } from '../../src/look/cardDetail';

const card = (over: Partial<Parameters<typeof detailsHeight>[0]> = {}) =>
  detailsHeight({ hasTitle: false, roleLabels: ['Approver'], stance: 'neutral', ...over });

describe('the estimated height of a person card’s details', () => {
  it('adds up its lines: roles, stance, coverage and owner, and the title when there is one', () => {
    // 2 + 15 (roles) + 2 + 16.25 (stance) + 2 + 15 (coverage) + 1 + 15 (owner).
    expect(card()).toBeCloseTo(68.25);
    expect(card({ hasTitle: true }) - card()).toBeCloseTo(16.25);
  });

  it('counts the dashed border of an unknown stance', () => {
    expect(card({ stance: 'unknown' }) - card()).toBeCloseTo(2);
  });

  it('wraps role labels into more lines when they do not fit the card’s width', () => {
    const one = card({ roleLabels: ['User'] });
    const many = card({
      roleLabels: ['Decision maker', 'Approver', 'Evaluator', 'Gatekeeper', 'Champion / KP'],
    });
    // Each line further is 15 px and a 3 px gap.
    expect((many - one) % 18).toBeCloseTo(0);
    expect(many - one).toBeGreaterThanOrEqual(36);
    // Chinese labels are narrower: 拍板人 and 审批人 share one line.
    expect(card({ roleLabels: ['拍板人', '审批人'] })).toBeCloseTo(one);
    expect(card({ roleLabels: [] })).toBeCloseTo(one - 15);
  });
});
