import { moduleRenderer } from '@shian/remote-testing';
import { ModuleContext, moduleContextValue } from '../src/module';

export { type Call, officerToken, stubGateway } from '@shian/remote-testing';

/** Renders module routes under `/risk` as the shell would, with a real client against the stub. */
export const renderInModule = moduleRenderer('/risk', (children, { basePath, token }) => (
  <ModuleContext.Provider value={moduleContextValue(basePath, token)}>{children}</ModuleContext.Provider>
));
