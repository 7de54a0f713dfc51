// After the Electron shell saved a document: where it went, and "Pokaż w folderze" (issue 13.5).
import { useTranslation } from 'react-i18next';
import { api } from '../api';
import { useSavedFile } from '../download';

export function SavedNotice() {
  const { t } = useTranslation();
  const path = useSavedFile((s) => s.path);
  const clear = useSavedFile((s) => s.clear);
  if (!path) return null;
  return (
    <div className="saved-notice" role="status">
      <span>{t('saved.where', { path })}</span>
      <button type="button" className="button" onClick={() => void api.files.showInFolder({ path })}>
        {t('saved.showInFolder')}
      </button>
      <button type="button" className="link-button" onClick={clear}>
        {t('app.close')}
      </button>
    </div>
  );
}
