// React Router as the frontends use it: a shared singleton (a remote's routes nest in the shell's router, so there
// must be one copy on the page) that holds only the declarative API they use. Shared whole, react-router would put
// its data routers and server helpers (≈47 KB gzip) into the shell's first load. Missing something? Add it here.
export {
  BrowserRouter,
  Link,
  MemoryRouter,
  Navigate,
  Outlet,
  Route,
  Routes,
  useInRouterContext,
  useLocation,
  useNavigate,
  useParams,
  useSearchParams,
} from 'react-router';
