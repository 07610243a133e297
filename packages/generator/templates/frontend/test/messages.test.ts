import { expectMessagesComplete } from '@shian/frontend-config/i18n-check';
import { describe, it } from 'vitest';

describe('the catalog', () => {
  it('has English for every text', () => expectMessagesComplete(`${import.meta.dirname}/..`));
});
