import { userInputError } from '@shian/subgraph-kit';
export { contains, localDate, notAfterToday, requiredText } from '@shian/subgraph-kit';

const PHONE = /^[0-9+\-() ]{5,30}$/;

export function phone(value: string | null | undefined): string | null {
  const text = (value ?? '').trim();
  if (!text) return null;
  if (!PHONE.test(text)) throw userInputError('联系电话格式不正确', 'phone');
  return text;
}
