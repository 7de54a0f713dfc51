import { useTranslation } from 'react-i18next';
import { describeError } from '../errors';

/** The Polish message for an error, announced where it happened. */
export function ErrorText({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (!error) return null;
  return (
    <p role="alert" className="form-error">
      {describeError(error, t).message}
    </p>
  );
}
