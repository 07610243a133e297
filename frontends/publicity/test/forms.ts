export { fillDate, pick } from '@shian/remote-testing';
