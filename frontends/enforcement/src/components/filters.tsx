import { type ListPage, SelectFilter, useTownshipOptions } from '@shian/remote-kit';
import { useT } from '@shian/ui-kit';
import { CampaignSelect } from './CampaignSelect';

type UrlList = Pick<ListPage<unknown, object, unknown, unknown>, 'params' | 'set'>;

/**
 * 乡镇(街道): the list's `townshipId` in the address. For district staff only: a township officer's list is their
 * township's anyway, and only they are asked for the townships.
 */
export function TownshipFilter({ list }: { list: UrlList }) {
  const townships = useTownshipOptions();
  return <SelectFilter list={list} name="townshipId" label="乡镇(街道)" options={townships.options} width={150} />;
}

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
