// This package's tests catch every export in remote-testing's `saved` (the vitest config's setup file), so that a
// page's export is caught whatever the test file imports first.
import '@shian/remote-testing/excel';
