// The locale of react-aria's fields for the whole app, in a module of its own: the app's first chunk
// needs only this provider, not the date pickers of DateTimeFields (issue 12, the first screen).
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { I18nProvider } from 'react-aria-components';

/** The locale the fields speak: Polish, or British English (day first, 24 hours) for an English UI. */
export const fieldLocale = (language: string) => (language.startsWith('en') ? 'en-GB' : 'pl-PL');

export function FieldLocale({ children }: { children: ReactNode }) {
  const { i18n } = useTranslation();
  return <I18nProvider locale={fieldLocale(i18n.language)}>{children}</I18nProvider>;
}
