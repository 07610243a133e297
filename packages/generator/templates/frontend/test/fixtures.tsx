import { moduleRenderer } from '@shian/remote-testing';
import { remote } from '../src/App';

export { type Call, officerToken, stubGateway } from '@shian/remote-testing';

/** Renders module routes under `/__name__` as the shell would, with a real client against the stub. */
export const renderInModule = moduleRenderer('/__name__', (children, { basePath, token }) => (
  <remote.Scope basePath={basePath} token={token}>
    {children}
  </remote.Scope>
));
