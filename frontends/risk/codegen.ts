import { frontendCodegenConfig } from '@shian/graphql-client/codegen';

export default frontendCodegenConfig(import.meta.dirname);
