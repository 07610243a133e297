import { pageAnswer, remoteRenderer } from '@shian/remote-testing';
import { remote } from '../src/App';

/** Renders module routes under `/__name__` as the shell would, with a real client against the stub. */
export const renderInModule = remoteRenderer(remote, '/__name__');

/** The list's answer: records `ids`, each with its business and township by name. */
export const recordPage = pageAnswer('__nameCamel__Records', '__Name__Record', (id) => ({
  title: `示例记录${id}`,
  recordedOn: '2024-03-15',
  note: '',
  entity: { __typename: 'Entity', id: `E${id}`, name: `巴州区${id}号面馆` },
  township: { __typename: 'Township', id: '511902001', name: '东城街道' },
}));
