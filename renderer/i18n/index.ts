import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import pl, { type Catalogue } from './pl';

export const LANGUAGES = ['pl', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

export function initI18n(language: Language = 'pl') {
  // Polish comes with the app; the English catalogue is a chunk of its own, loaded when chosen (issue 12:
  // the first start compiles one catalogue, not two).
  void i18next.use(initReactI18next).init({
    resources: { pl: { translation: pl } },
    lng: 'pl',
    fallbackLng: 'pl',
    interpolation: { escapeValue: false },
    returnObjects: false,
  });
  document.documentElement.lang = 'pl';
  if (language !== 'pl') void switchLanguage(language);
  return i18next;
}

const LOADERS: Record<Exclude<Language, 'pl'>, () => Promise<{ default: Catalogue }>> = { en: () => import('./en') };

/** Loads the language's catalogue if it is not there yet, then switches the UI to it. */
export async function switchLanguage(language: Language): Promise<void> {
  if (language !== 'pl' && !i18next.hasResourceBundle(language, 'translation')) {
    const { default: catalogue } = await LOADERS[language]();
    i18next.addResourceBundle(language, 'translation', catalogue);
  }
  await i18next.changeLanguage(language);
  document.documentElement.lang = language;
}
