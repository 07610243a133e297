import { useQuery } from '@shian/graphql-client';
import { useMemo } from 'react';
import { graphql } from '../gql';

const InspectorsQuery = graphql(`
  query EnforcementInspectors {
    inspectors(first: 100, filter: { active: true }) {
      nodes {
        id
        name
        unit
        badgeNumber
      }
    }
  }
`);

/** The inspectors in post, as select options, and their units (the 双随机 pool's criteria). */
export function useInspectors() {
  const [{ data, fetching }] = useQuery({ query: InspectorsQuery });
  return useMemo(() => {
    const nodes = data?.inspectors?.nodes ?? [];
    return {
      loading: fetching,
      options: nodes.map((i) => ({ value: i.id, label: `${i.name}(${i.unit})` })),
      units: [...new Set(nodes.map((i) => i.unit))].map((unit) => ({ value: unit, label: unit })),
    };
  }, [data, fetching]);
}
