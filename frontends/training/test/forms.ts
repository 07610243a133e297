export { pick } from '@shian/remote-testing';
