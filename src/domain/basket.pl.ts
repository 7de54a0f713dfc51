// The words of the Lokalny Koszyk Usług (issue 16.4): its fixed lists and its printed guide for social workers.
import type { OfferCost, ProblemArea, ReferralWay, TargetGroup } from './basket';

export const TARGET_GROUP_WORD: Record<TargetGroup, string> = {
  children: 'dzieci i młodzież',
  families: 'rodziny z dziećmi',
  seniors: 'osoby starsze',
  disabled: 'osoby z niepełnosprawnościami',
  unemployed: 'osoby bezrobotne',
  homeless: 'osoby w kryzysie bezdomności',
  violence: 'osoby doznające przemocy domowej',
  addiction: 'osoby uzależnione i ich bliscy',
  other: 'inne',
};

export const PROBLEM_AREA_WORD: Record<ProblemArea, string> = {
  poverty: 'ubóstwo',
  unemployment: 'bezrobocie',
  domestic_violence: 'przemoc domowa',
  addiction: 'uzależnienia',
  disability: 'niepełnosprawność',
  illness: 'długotrwała lub ciężka choroba',
  parenting: 'bezradność w sprawach opiekuńczo-wychowawczych',
  homelessness: 'bezdomność',
  crisis: 'sytuacja kryzysowa',
  education: 'edukacja',
  mental_health: 'zdrowie psychiczne',
  housing: 'mieszkanie',
  other: 'inne',
};

export const REFERRAL_WORD: Record<ReferralWay, string> = {
  referral: 'skierowanie',
  in_person: 'zgłoszenie osobiste',
  phone: 'telefon',
  email: 'e-mail',
  other: 'inny sposób',
};

export const COST_WORD: Record<OfferCost, string> = { free: 'bezpłatnie', paid: 'odpłatnie', partly: 'częściowo odpłatnie' };

export const BASKET = {
  title: 'LOKALNY KOSZYK USŁUG',
  of: (where: string) => `Partnerskiego Zespołu Kooperacyjnego ${where}`,
  guide: 'Przewodnik dla pracowników instytucji partnerskich',
  asOf: (date: string) => `stan na dzień ${date}`,
  toc: 'Spis treści',
  area: (area: string) => `Obszar: ${area}`,
  institution: 'Instytucja',
  targets: 'Dla kogo',
  criteria: 'Warunki dostępu',
  referral: 'Jak skierować',
  whereWhen: 'Gdzie i kiedy',
  cost: 'Odpłatność',
  capacity: 'Liczba miejsc / czas oczekiwania',
  contact: 'Kontakt',
  verified: (date: string) => `Informację sprawdzono: ${date}`,
  notVerified: 'Informacji nie sprawdzono w ciągu ostatnich 12 miesięcy',
  none: 'Koszyk nie ma jeszcze ofert.',
  fileStem: 'koszyk-uslug',
} as const;
