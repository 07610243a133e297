import { useQuery } from '@shian/graphql-client';
import { Select } from '@shian/antd';
import { useT } from '@shian/ui-kit';
import type { CSSProperties } from 'react';
import { graphql } from '../gql';

const CampaignOptionsQuery = graphql(`
  query EnforcementCampaignOptions {
    campaigns(first: 100) {
      nodes {
        id
        name
        year
      }
    }
  }
`);

/** A campaign (专项) to file a record under: the latest hundred, newest year first, as the subgraph orders them. */
export function CampaignSelect({
  value,
  onChange,
  placeholder,
  ...rest
}: {
  value?: string | null;
  onChange?: (id?: string) => void;
  placeholder?: string;
  style?: CSSProperties;
  'aria-label'?: string;
}) {
  const t = useT();
  const [{ data, fetching }] = useQuery({ query: CampaignOptionsQuery });
  return (
    <Select
      {...rest}
      allowClear
      showSearch={{ optionFilterProp: 'label' }}
      placeholder={placeholder ?? t('不属于专项可不选')}
      loading={fetching}
      value={value ?? undefined}
      onChange={(id?: string) => onChange?.(id)}
      options={(data?.campaigns?.nodes ?? []).map((c) => ({
        value: c.id,
        label: t('{{year}}年 {{name}}', { year: c.year, name: c.name }),
      }))}
    />
  );
}
