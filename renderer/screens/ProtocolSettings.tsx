// Settings of the protocol document: footer text, header image (the funding logo strip), sections.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProtocolSettings as Settings } from '../../src/domain/types';
import { api } from '../api';
import { ErrorText } from '../components/ErrorText';
import { Field } from '../components/Field';
import { FilePicker } from '../components/FilePicker';
import { useAction } from '../useAction';

const SECTIONS = ['followUp', 'otherBusiness', 'nextMeeting', 'signatures'] as const;
const MAX_IMAGE = 2 * 1024 * 1024;

export function ProtocolSettings() {
  const { t } = useTranslation();
  const [settings, setSettings] = useState<Settings | null>(null);
  const [saved, setSaved] = useState(false);
  const [imageProblem, setImageProblem] = useState<string | null>(null);
  const { run, error } = useAction();
  useEffect(() => void run(async () => setSettings(await api.protocol.settings())), [run]);

  // Only the saved fields are taken back from the answer: a change made while the save was on its way
  // (a box ticked while the footer text is being saved) must not be undone by it.
  const save = (patch: Partial<Settings>) =>
    run(async () => {
      const stored = await api.protocol.updateSettings(patch);
      const keys = Object.keys(patch) as Array<keyof Settings>;
      setSettings((current) => (current ? { ...current, ...Object.fromEntries(keys.map((k) => [k, stored[k]])) } : stored));
      setSaved(true);
    });

  function pickImage([file]: File[]) {
    setImageProblem(null);
    if (!file) return;
    if (!['image/png', 'image/jpeg'].includes(file.type)) return setImageProblem(t('protocolSettings.imageType'));
    if (file.size > MAX_IMAGE) return setImageProblem(t('protocolSettings.imageTooBig'));
    const reader = new FileReader();
    reader.onload = () => void save({ headerImage: String(reader.result) });
    reader.readAsDataURL(file);
  }

  if (!settings) return <ErrorText error={error} />;
  return (
    <section className="card" aria-labelledby="settings-protocol">
      <h2 id="settings-protocol">{t('protocolSettings.title')}</h2>
      <Field label={t('protocolSettings.footerText')}>
        {(a) => (
          <input {...a} value={settings.footerText} onChange={(e) => setSettings({ ...settings, footerText: e.target.value })} onBlur={() => void save({ footerText: settings.footerText })} />
        )}
      </Field>
      <div className="field">
        <span className="field__caption">{t('protocolSettings.headerImage')}</span>
        <FilePicker label={t('protocolSettings.chooseHeaderImage')} accept="image/png,image/jpeg" onFiles={pickImage} showChosen error={imageProblem ?? undefined} />
      </div>
      {settings.headerImage && (
        <div className="header-image">
          <img src={settings.headerImage} alt={t('protocolSettings.headerImage')} />
          <button type="button" className="link-button" onClick={() => void save({ headerImage: null })}>
            {t('protocolSettings.removeImage')}
          </button>
        </div>
      )}
      <fieldset className="checkbox-group">
        <legend>{t('protocolSettings.sections')}</legend>
        {SECTIONS.map((key) => (
          <label key={key} className="radio">
            <input
              type="checkbox"
              checked={settings.sections[key]}
              onChange={(e) => {
                const sections = { ...settings.sections, [key]: e.target.checked };
                setSettings({ ...settings, sections });
                void save({ sections });
              }}
            />
            {t(`protocolSettings.section.${key}`)}
          </label>
        ))}
      </fieldset>
      <p className="muted small" role="status">
        {saved ? t('protocolSettings.saved') : ''}
      </p>
      <ErrorText error={error} />
    </section>
  );
}
