import { Button, type ButtonProps } from '@shian/antd';
import { useNavigate } from '@shian/router';
import { useT, kitT } from '@shian/ui-kit';
import { useModulePath } from '../module';

/**
 * 打印 on a record's page or row: opens the record's print route (`/cases/C1/print`) in the same tab, which prints
 * once the record has loaded. Not a new tab: the shell keeps its session per tab (sessionStorage), so a new one
 * would start with a sign-in.
 */
export function PrintButton({
  to: path,
  size,
  type,
}: {
  to: string;
  size?: ButtonProps['size'];
  type?: ButtonProps['type'];
}) {
  useT();
  const to = useModulePath();
  const navigate = useNavigate();
  return (
    <Button size={size} type={type} onClick={() => navigate(to(path))}>
      {kitT('打印')}
    </Button>
  );
}
