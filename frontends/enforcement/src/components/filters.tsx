import type { ListPage } from '@shian/remote-kit';
import { useT } from '@shian/ui-kit';
import { CampaignSelect } from './CampaignSelect';

type UrlList = Pick<ListPage<unknown, object, unknown, unknown>, 'params' | 'set'>;

/** 专项: the list's `campaignId` in the address. */
export function CampaignFilter({ list }: { list: UrlList }) {
  const t = useT();
  return (
    <div data-filter="campaignId">
      <CampaignSelect
        aria-label="专项"
        placeholder={t('专项')}
        value={list.params.get('campaignId')}
        onChange={(id) => list.set('campaignId', id)}
        style={{ width: 200 }}
      />
    </div>
  );
}
