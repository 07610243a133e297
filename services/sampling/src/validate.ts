import { userInputError } from '@shian/subgraph-kit';
export { contains, localDate, notAfterToday, notBefore, optionalText, requiredText } from '@shian/subgraph-kit';

export function townshipCode(value: string, field = 'townshipId'): string {
  if (!/^511902\d{3}$/.test(value)) throw userInputError(`乡镇(街道)代码无效:${value}`, field);
  return value;
}
