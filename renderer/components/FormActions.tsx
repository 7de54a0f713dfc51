// The two buttons that end a form: cancel, then the submit (the main action last, where the eye ends).
import { useTranslation } from 'react-i18next';

export function FormActions({ onCancel, submitLabel }: { onCancel: () => void; submitLabel?: string }) {
  const { t } = useTranslation();
  return (
    <div className="actions">
      <button type="button" className="button" onClick={onCancel}>
        {t('app.cancel')}
      </button>
      <button type="submit" className="button button--primary">
        {submitLabel ?? t('app.save')}
      </button>
    </div>
  );
}
