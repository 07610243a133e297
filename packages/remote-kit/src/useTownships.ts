import { useQuery } from '@shian/graphql-client';
import { graphql } from './gql';

const TownshipOptionsQuery = graphql(`
  query TownshipOptions {
    townships {
      id
      name
      kind
    }
  }
`);

/** The 22 townships as Select options (every role sees all names; records stay scoped). */
export function useTownshipOptions() {
  const [{ data, fetching }] = useQuery({ query: TownshipOptionsQuery });
  const options = (data?.townships ?? []).map((t) => ({ value: t.id, label: t.name }));
  return { options, loading: fetching };
}
