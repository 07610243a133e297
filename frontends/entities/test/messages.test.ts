import { expectMessagesComplete } from '@shian/frontend-config/i18n-check';
import { describe, it } from 'vitest';

describe('the catalog', () => {
  // @shian/codes words a credit code's and a licence number's problems in Chinese: its fixed messages have English
  // here (the forms pass them through t).
  it('has English for every text', () =>
    expectMessagesComplete(`${import.meta.dirname}/..`, { alsoTranslates: ['../../packages/codes/src'] }));
});
