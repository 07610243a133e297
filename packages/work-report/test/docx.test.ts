import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { summaryText } from '../src';
import { summaryDocxBuffer } from '../src/docx';
import { DETAILS_2024, REPORT_2024, TABLE_2024_PHRASES } from './fixtures';

describe('the summary as a Word file', () => {
  it('is a .docx whose document.xml carries the title, the parts and every figure', async () => {
    const bytes = await summaryDocxBuffer(summaryText({ report: REPORT_2024, details: DETAILS_2024 }));
    const files = unzipSync(bytes);
    expect(Object.keys(files)).toContain('word/document.xml');
    const xml = strFromU8(files['word/document.xml']!);
    const text = [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
    expect(text).toContain('食品安全2024年工作总结和2025年工作计划');
    expect(text).toContain('一、2024年工作完成情况');
    for (const phrase of TABLE_2024_PHRASES) expect(text).toContain(phrase);
    expect(xml).toContain('仿宋_GB2312');
  });
});
