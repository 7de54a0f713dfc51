// The words of the Lokalny Koszyk Usług (issue 16.4): its fixed lists and its printed guide for social workers.
import type { BasketField, OfferCost, ProblemArea, ReferralWay, TargetGroup } from './basket';

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

/** The spreadsheet's column titles; the import also reads the alternatives after the first. */
export const BASKET_COLUMN: Record<BasketField, readonly string[]> = {
  institution: ['Instytucja', 'Instytucja partnerska', 'Podmiot'],
  service: ['Usługa', 'Nazwa usługi', 'Oferta'],
  description: ['Opis', 'Opis usługi'],
  targetGroups: ['Dla kogo', 'Grupy docelowe', 'Adresaci'],
  otherTarget: ['Dla kogo – inne', 'Dla kogo - inne', 'Inni adresaci'],
  problemAreas: ['Obszary problemowe', 'Obszary', 'Obszar problemowy'],
  accessCriteria: ['Warunki dostępu', 'Kryteria dostępu'],
  referralWays: ['Jak skierować', 'Sposób zgłoszenia', 'Tryb kierowania'],
  whereWhen: ['Gdzie i kiedy', 'Miejsce i godziny'],
  cost: ['Odpłatność'],
  capacity: ['Liczba miejsc / czas oczekiwania', 'Liczba miejsc', 'Czas oczekiwania'],
  contactPhone: ['Telefon instytucji', 'Telefon'],
  contactEmail: ['E-mail instytucji', 'E-mail', 'Email'],
  verifiedOn: ['Sprawdzono', 'Data weryfikacji', 'Zweryfikowano'],
};

export const BASKET_SHEET = { offers: 'Koszyk usług', lists: 'Listy', fileStem: 'koszyk-uslug' } as const;

/** What the minutes say of an offer found during a meeting ("kto może pomóc w…"): the service, who, how to refer, the contact. */
export function offerReference(o: { service: string; institutionName: string; referralWays: readonly ReferralWay[]; contactPhone: string | null; contactEmail: string | null }): string {
  const contact = [o.contactPhone && `tel. ${o.contactPhone}`, o.contactEmail].filter(Boolean).join(', ');
  return [
    `Wskazano usługę z Lokalnego Koszyka Usług: „${o.service}” (${o.institutionName})`,
    ...(o.referralWays.length ? [`jak skierować: ${o.referralWays.map((r) => REFERRAL_WORD[r]).join(', ')}`] : []),
    ...(contact ? [`kontakt: ${contact}`] : []),
  ].join('; ') + '.';
}

/** The action item's text when it is made from an offer: the animator completes it with whom and what for. */
export const offerTask = (o: { service: string; institutionName: string }) => `Skierować do: ${o.service} (${o.institutionName})`;

/** Whether an offer can be relied on, as the regional catalogue's column says it. */
export const OFFER_STANDING_WORD: Record<'current' | 'not_verified' | 'institution_left', string> = {
  current: 'aktualna',
  not_verified: 'do sprawdzenia',
  institution_left: 'instytucja wystąpiła z zespołu',
};

/** The regional catalogue's own columns, before and after the basket's. */
export const CATALOGUE_COLUMN = { powiat: 'Powiat', gmina: 'Gmina', teryt: 'TERYT', team: 'Zespół', standing: 'Aktualność', sheet: 'Katalog usług', fileStem: 'katalog-uslug' } as const;
