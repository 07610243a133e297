export * from './DataTable';
export * from './ErrorPanel';
export * from './excel';
export * from './locale';
export * from './PageHeader';
export * from './pagination';
export * from './SignInForm';
export * from './StatusTag';
