import { useTranslation } from 'react-i18next';
import { PageHeader } from '@/components/PageHeader';
import { PolicyEditor } from './PolicyEditor';
import { emptyDraft } from './policyModel';

export function NewPolicyPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader
        title={t('permissions.new.title')}
        description={t('permissions.new.description')}
      />
      <PolicyEditor mode="create" initial={emptyDraft()} />
    </>
  );
}
