export {
  type Acknowledgement,
  ACKNOWLEDGED_FILE,
  baselineDir,
  readAcknowledged,
  readBaselines,
  writeBaseline,
} from './baseline';
export { type CheckInput, type CheckResult, checkSchemas } from './check';
export { collectOperations, type FrontendOperation } from './operations';
export { affects, coordinatesOf } from './usage';
export { mutationCallers, uncoveredMutations } from './coverage';
