// A file picker that speaks the UI's language (issue 11.4): the browser's own control says
// "Choose File / No file chosen" in the system's locale. The real input stays (keyboard, screen
// readers, drag and drop onto it); the label is the visible button and the chosen names follow it.
import { useId, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  /** The button's text, which is also the input's accessible name ("Wybierz plik kopii (.pzkbak)…"). */
  label: string;
  accept: string;
  multiple?: boolean;
  onFiles: (files: File[]) => void;
  /** Whether to say which file was chosen (not for pickers that act at once and report the result). */
  showChosen?: boolean;
  error?: string | undefined;
  disabled?: boolean;
}

export function FilePicker({ label, accept, multiple = false, onFiles, showChosen = false, error, disabled = false }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const [names, setNames] = useState<string[]>([]);

  function change(e: ChangeEvent<HTMLInputElement>) {
    const files = [...(e.target.files ?? [])];
    // Cleared so that choosing the same file again (after fixing it) is seen as a new choice.
    e.target.value = '';
    setNames(files.map((f) => f.name));
    onFiles(files);
  }

  return (
    <div className={`file-picker${error ? ' field--invalid' : ''}`}>
      <label className={`file-button${disabled ? ' file-button--disabled' : ''}`}>
        <span>{label}</span>
        <input
          type="file"
          accept={accept}
          multiple={multiple}
          disabled={disabled}
          aria-describedby={[showChosen ? `${id}-chosen` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined}
          onChange={change}
        />
      </label>
      {showChosen && (
        <span id={`${id}-chosen`} className="muted small file-picker__chosen">
          {names.length ? t('filePicker.chosen', { count: names.length, names: names.join(', ') }) : t('filePicker.none')}
        </span>
      )}
      {error && (
        <p id={`${id}-error`} className="field__error">
          {error}
        </p>
      )}
    </div>
  );
}
