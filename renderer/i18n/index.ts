import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from './en';
import pl from './pl';

export const LANGUAGES = ['pl', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

export function initI18n(language: Language = 'pl') {
  void i18next.use(initReactI18next).init({
    resources: { pl: { translation: pl }, en: { translation: en } },
    lng: language,
    fallbackLng: 'pl',
    interpolation: { escapeValue: false },
    returnObjects: false,
  });
  document.documentElement.lang = language;
  return i18next;
}
