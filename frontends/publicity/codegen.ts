import { remoteCodegenConfig } from '@shian/remote-kit/codegen';

export default remoteCodegenConfig(import.meta.dirname);
