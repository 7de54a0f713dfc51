// The keyboard shortcuts (F1) and the way to the user guide ("Pomoc"), a chunk of its own: the first screen
// does not carry the modal's code.
import { useTranslation } from 'react-i18next';
import { AppDialog } from './Dialog';

export function ShortcutsDialog({ onClose, onHelp }: { onClose: () => void; onHelp: () => void }) {
  const { t } = useTranslation();
  return (
    <AppDialog isOpen onClose={onClose} title={t('shortcuts.title')}>
      <table className="table shortcuts">
        <caption className="visually-hidden">{t('shortcuts.title')}</caption>
        <tbody>
          {(t('shortcuts.rows', { returnObjects: true }) as string[][]).map(([keys, what]) => (
            <tr key={keys}>
              <th scope="row">
                <kbd>{keys}</kbd>
              </th>
              <td>{what}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="muted small">{t('shortcuts.open')}</p>
      <div className="actions">
        <button type="button" className="button button--primary" onClick={onHelp}>
          {t('help.open')}
        </button>
        <button type="button" className="button" onClick={onClose}>
          {t('app.close')}
        </button>
      </div>
    </AppDialog>
  );
}
