import { memo } from 'react';
import { Group, Pagination } from '@mantine/core';
import { useTranslation } from 'react-i18next';

interface ListPagerProps {
  /** What is paged, for the landmark: "Pages of fleets". */
  label: string;
  page: number;
  /**
   * How many pages there are. With none (an empty list) the pager is not shown; with one it is,
   * its buttons disabled, so the footer does not jump as a filter narrows the list.
   */
  pages: number;
  onChange: (page: number) => void;
}

/**
 * The one paging footer of every list: a labelled navigation landmark whose buttons say which
 * page they open, so a screen reader announces "Next page", not "button".
 */
export const ListPager = memo(function ListPager({ label, page, pages, onChange }: ListPagerProps) {
  const { t } = useTranslation();
  if (pages < 1) return null;
  return (
    <Group component="nav" aria-label={label} justify="flex-end">
      <Pagination
        total={pages}
        value={Math.min(page, pages)}
        onChange={onChange}
        getControlProps={(control) => ({ 'aria-label': t(`pager.${control}`) })}
        getItemProps={(item) => ({ 'aria-label': t('pager.page', { page: item }) })}
      />
    </Group>
  );
});
