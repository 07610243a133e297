// The shell's frame: what it draws before any page has loaded (providers, navigation, the loading and error states
// of a module). The shell loads this entry up front and every other one on demand, so what is listed here is paid
// for on every first visit: keep it to what the frame itself renders.
export { Alert, Button, Flex, Layout, Menu, Result, Segmented, Spin } from 'antd';
export { ErrorPanel, type ErrorPanelProps } from './ErrorPanel';
export { addMessages, addMessagesLoader, errorText, t, useT } from './i18n';
export { LocaleSwitch, ShianFrameProvider, type UiLocale, useUiLocale } from './locale';
export { todayInChina } from './chinaTime';
