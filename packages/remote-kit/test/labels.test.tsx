import { AUDIT_KIND, i18n, labelOf, optionsOf, StatusTag } from '@shian/ui-kit';
import { render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { CLOCK_STATUS, defineRemote, ENTITY_CATEGORY, labelList, pickLabels, withColors } from '../src';
import { AuditKindLabels } from '../src/gql/labels';

afterEach(async () => {
  await i18n.changeLanguage('zh-CN');
});

describe('the shared labels', () => {
  it('name every value of the API’s enums, in the schema’s order', () => {
    expect(optionsOf(ENTITY_CATEGORY).map((o) => o.value)).toEqual([
      'FOOD_PRODUCER',
      'FOOD_SELLER',
      'CATERING',
      'SMALL_WORKSHOP',
      'FOOD_VENDOR',
      'SCHOOL_CANTEEN',
      'COLLECTIVE_DINING',
      'ONLINE_CATERING',
    ]);
    expect(Object.keys(CLOCK_STATUS)).toEqual(['RUNNING', 'PAUSED', 'OVERDUE', 'MET', 'LATE']);
    expect(labelOf(CLOCK_STATUS, 'OVERDUE')).toBe('已超期');
  });

  it('take the schema’s words in its order, with a remote’s colours where it gives one', () => {
    const labels = { SENT: '已移送', RECEIVED: '已接收', ANSWERED: '已答复' } as const;
    const map = withColors(labels, { ANSWERED: 'green', SENT: 'orange' });
    expect(map).toEqual({
      SENT: { label: '已移送', color: 'orange' },
      RECEIVED: { label: '已接收' },
      ANSWERED: { label: '已答复', color: 'green' },
    });
    expect(Object.keys(map)).toEqual(['SENT', 'RECEIVED', 'ANSWERED']);
    expect('color' in map.RECEIVED).toBe(false);
    expect(ENTITY_CATEGORY.CATERING).toEqual({ label: '餐饮服务', color: 'cyan' });
  });

  it('pick some values of a map in the order asked, with their words and colours', () => {
    const picked = pickLabels(ENTITY_CATEGORY, ['SCHOOL_CANTEEN', 'CATERING']);
    expect(picked).toEqual({
      SCHOOL_CANTEEN: { label: '学校食堂', color: 'geekblue' },
      CATERING: { label: '餐饮服务', color: 'cyan' },
    });
    expect(Object.keys(picked)).toEqual(['SCHOOL_CANTEEN', 'CATERING']);
  });

  it('keep ui-kit’s audit kinds to the schema’s AuditKind: every value, in its order, its word without the note', () => {
    expect(Object.keys(AUDIT_KIND)).toEqual(Object.keys(AuditKindLabels));
    for (const [kind, word] of Object.entries(AuditKindLabels)) {
      expect(word.replace(/\(.*\)$/, '')).toBe(AUDIT_KIND[kind as keyof typeof AUDIT_KIND].label);
    }
  });

  it('read in English on a remote’s page from the kit’s catalog (a page’s own catalog does not name them)', async () => {
    // A remote registers the kit's catalog beside its own; its `t` looks in its own, then in the kits'.
    defineRemote({ module: 'things', label: '测试模块', pages: [], messages: { en: { 测试模块: 'Test module' } } });
    await i18n.changeLanguage('en');
    render(<StatusTag value="CATERING" map={ENTITY_CATEGORY} />);
    expect(screen.getByText('Catering')).toBeTruthy();
    expect(labelOf(CLOCK_STATUS, 'LATE')).toBe('Done late');
  });

  it('labelList: several values in one cell, in their order, — or the given text for none, in English too', async () => {
    expect(labelList(CLOCK_STATUS, ['OVERDUE', 'MET'])).toBe('已超期、按期完成');
    expect(labelList(CLOCK_STATUS, ['UNKNOWN'])).toBe('UNKNOWN');
    expect(labelList(CLOCK_STATUS, [])).toBe('—');
    expect(labelList(CLOCK_STATUS, null)).toBe('—');
    expect(labelList(CLOCK_STATUS, undefined, '')).toBe('');
    await i18n.changeLanguage('en');
    expect(labelList(CLOCK_STATUS, ['OVERDUE', 'MET'])).toBe('Overdue, Done on time');
  });
});
