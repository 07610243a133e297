export { type Block, blocksToText, parseSummary, toMarkdown } from './blocks';
export { CHANNEL_NAMES, type DetailRecords, summaryDetails } from './details';
export { approximately, figure, percent } from './format';
export { DEFAULT_BUREAU, draftSummary, REGISTERS, type Register, registerHasRecords, summaryText } from './summary';
export type * from './types';

/** The file name both downloads use: 食品安全2024年工作总结.docx / .md */
export const summaryFileName = (year: number, extension: 'docx' | 'md') => `食品安全${year}年工作总结.${extension}`;
