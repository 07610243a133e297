/**
 * On paper a page is its content only: the shell's menu, header (its buttons, the inbox bell) and the content's
 * margins stay on screen. A remote's print view hides the rest around its sheet itself (remote-kit's print CSS).
 */
export const SHELL_PRINT_CSS = `
@media print {
  .shell-sider, .shell-header { display: none !important; }
  .shell-content { margin: 0 !important; }
  .shell-frame, .shell-frame .ant-layout { min-height: 0 !important; background: #fff !important; }
}
`;
