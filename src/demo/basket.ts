// The demo team's Lokalny Koszyk Usług (issue 16.8): about 30 offers of its eight institutions, heard at the
// first initiating meeting and verified since — two of them not for over a year, so the flag shows.
import type { ApiClient } from '../api/client';
import type { OfferCost, ProblemArea, ReferralWay, TargetGroup } from '../domain/basket';

/** Each institution's own contact, in INSTITUTIONS order (a secretariat's, never a person's). */
const CONTACTS: ReadonlyArray<readonly [phone: string, email: string, address: string]> = [
  ['22 781 12 00', 'sekretariat@mops.zielonka.example.pl', 'ul. Kili 1, Zielonka'],
  ['22 787 43 10', 'pcpr@powiat-wolominski.example.pl', 'ul. Prądzyńskiego 3, Wołomin'],
  ['22 781 00 25', 'sp1@zielonka.example.pl', 'ul. Poniatowskiego 18, Zielonka'],
  ['47 704 12 40', 'kp.zielonka@policja.example.pl', 'ul. Kolejowa 8, Zielonka'],
  ['22 786 20 11', 'kuratorzy@sad-wolomin.example.pl', 'ul. Prądzyńskiego 5, Wołomin'],
  ['22 776 40 41', 'sekretariat@pup-wolomin.example.pl', 'ul. Ogrodowa 4, Wołomin'],
  ['22 781 30 30', 'rejestracja@przychodnia-zdrowie.example.pl', 'ul. Literacka 12, Zielonka'],
  ['600 700 800', 'biuro@razemdlarodziny.example.pl', 'ul. Wyszyńskiego 7, Zielonka'],
];

type Row = readonly [
  institution: number,
  service: string,
  description: string,
  targets: readonly TargetGroup[],
  areas: readonly ProblemArea[],
  referral: readonly ReferralWay[],
  cost: OfferCost,
  when: string,
  capacity: string | null,
  criteria: string | null,
  verifiedOn: string,
];

const OFFERS: readonly Row[] = [
  [0, 'Praca socjalna', 'Pomoc w rozwiązywaniu trudnych sytuacji życiowych, wywiad środowiskowy, kontrakt socjalny.', ['families', 'seniors', 'unemployed'], ['poverty', 'unemployment', 'crisis'], ['in_person', 'phone'], 'free', 'pn. 8:00–17:00, wt.–pt. 8:00–16:00', null, 'mieszkańcy gminy', '2026-02-26'],
  [0, 'Asystent rodziny', 'Wsparcie rodziny w sprawach opiekuńczo-wychowawczych i prowadzenia gospodarstwa domowego, w domu rodziny.', ['families', 'children'], ['parenting', 'crisis'], ['referral'], 'free', 'w miejscu zamieszkania rodziny, godziny ustalane z rodziną', 'czas oczekiwania do 2 tygodni', 'decyzja po wywiadzie pracownika socjalnego', '2026-02-26'],
  [0, 'Zasiłki i pomoc rzeczowa', 'Zasiłki stały, okresowy i celowy; posiłek w szkole; pomoc rzeczowa.', ['families', 'seniors', 'disabled'], ['poverty'], ['in_person'], 'free', 'pn.–pt. 8:00–15:00, pokój 4', null, 'kryterium dochodowe ustawy o pomocy społecznej', '2026-02-26'],
  [0, 'Usługi opiekuńcze', 'Pomoc w codziennych czynnościach i opieka higieniczna w domu osoby starszej lub chorej.', ['seniors', 'disabled'], ['illness', 'disability'], ['in_person', 'phone'], 'partly', 'pn.–sob., w domu podopiecznego', 'czas oczekiwania ok. 1 miesiąca', 'decyzja administracyjna; odpłatność zależna od dochodu', '2026-03-19'],
  [0, 'Punkt interwencji kryzysowej', 'Rozmowa wsparcia, plan bezpieczeństwa, pomoc w znalezieniu schronienia.', ['violence', 'families'], ['domestic_violence', 'crisis'], ['in_person', 'phone'], 'free', 'pn.–pt. 8:00–20:00', null, null, '2026-03-19'],
  [1, 'Poradnictwo rodzinne i terapia', 'Konsultacje psychologiczne i terapia rodzin, także dla rodzin zastępczych.', ['families', 'children'], ['parenting', 'mental_health', 'crisis'], ['in_person', 'phone', 'email'], 'free', 'wt. i czw. 12:00–18:00', 'czas oczekiwania 3–4 tygodnie', null, '2026-02-26'],
  [1, 'Piecza zastępcza — kwalifikacja kandydatów', 'Szkolenie i kwalifikacja kandydatów na rodziny zastępcze i prowadzących rodzinne domy dziecka.', ['families'], ['parenting'], ['in_person', 'email'], 'free', 'nabór cały rok', null, null, '2026-02-26'],
  [1, 'Dofinansowanie z PFRON (turnusy, sprzęt, likwidacja barier)', 'Wnioski o dofinansowanie turnusów rehabilitacyjnych, sprzętu ortopedycznego i likwidacji barier architektonicznych.', ['disabled'], ['disability'], ['in_person', 'email'], 'free', 'pn.–pt. 8:00–16:00', 'według dostępnych środków', 'orzeczenie o niepełnosprawności', '2026-03-19'],
  [1, 'Mieszkanie chronione treningowe', 'Pobyt z pracą socjalną dla usamodzielnianych wychowanków pieczy zastępczej.', ['children', 'other'], ['housing', 'homelessness'], ['referral'], 'partly', 'pn.–pt. 8:00–16:00', '4 miejsca', 'skierowanie PCPR', '2024-10-15'],
  [2, 'Pomoc psychologiczno-pedagogiczna w szkole', 'Konsultacje pedagoga i psychologa szkolnego dla uczniów i rodziców.', ['children', 'families'], ['education', 'mental_health'], ['in_person', 'phone'], 'free', 'pn.–pt. 8:00–15:00, gabinet 12', null, 'uczniowie szkoły i ich rodzice', '2026-02-26'],
  [2, 'Zajęcia wyrównawcze', 'Zajęcia z matematyki i języka polskiego dla uczniów z trudnościami w nauce.', ['children'], ['education'], ['in_person'], 'free', 'wt. i czw. 14:00–15:30', '12 miejsc w grupie', null, '2026-03-19'],
  [2, 'Świetlica szkolna do 17:00', 'Opieka po lekcjach z pomocą w odrabianiu lekcji.', ['children', 'families'], ['parenting', 'education'], ['in_person'], 'free', 'pn.–pt. 7:00–17:00', null, 'uczniowie klas I–IV', '2026-03-19'],
  [2, 'Bezpłatny obiad dla ucznia', 'Posiłek w stołówce szkolnej finansowany przez ośrodek pomocy społecznej.', ['children'], ['poverty'], ['referral', 'in_person'], 'free', 'stołówka, 11:30–13:30', null, 'decyzja ośrodka pomocy społecznej', '2026-04-09'],
  [3, 'Dyżur dzielnicowego', 'Rozmowa z dzielnicowym o bezpieczeństwie w rejonie, przyjmowanie informacji o zagrożeniach.', ['families', 'seniors', 'violence'], ['domestic_violence', 'crisis'], ['in_person', 'phone'], 'free', 'co drugi wtorek 16:00–17:00', null, null, '2026-02-26'],
  [3, 'Zajęcia profilaktyczne w szkołach', 'Spotkania o bezpieczeństwie w sieci, cyberprzemocy i odpowiedzialności nieletnich.', ['children'], ['education', 'addiction'], ['email', 'phone'], 'free', 'termin uzgadniany ze szkołą', '2 spotkania w miesiącu', null, '2026-03-19'],
  [3, 'Procedura „Niebieskie Karty” — działania policji', 'Interwencja, wszczęcie procedury, wizyty dzielnicowego w rodzinie.', ['violence', 'families'], ['domestic_violence'], ['phone', 'in_person'], 'free', 'całodobowo (tel. 112)', null, null, '2026-03-19'],
  [4, 'Informacja o nadzorach kuratorskich', 'Współpraca kuratora z partnerami przy rodzinach objętych nadzorem sądu.', ['families', 'children'], ['parenting', 'crisis'], ['email', 'phone'], 'free', 'dyżury: pn. i czw. 9:00–12:00', null, 'rodziny objęte nadzorem kuratora', '2026-02-26'],
  [4, 'Wsparcie osób opuszczających zakład karny', 'Pomoc w powrocie do społeczności: zakwaterowanie, praca, kontakt z OPS.', ['other'], ['crisis', 'unemployment', 'housing'], ['referral', 'in_person'], 'free', 'dyżury: pn. i czw. 9:00–12:00', null, 'skierowanie kuratora', '2026-04-09'],
  [5, 'Poradnictwo zawodowe', 'Rozmowa z doradcą zawodowym, bilans kompetencji, plan działania.', ['unemployed'], ['unemployment'], ['in_person', 'phone'], 'free', 'pn.–pt. 8:00–15:00', 'czas oczekiwania do tygodnia', 'osoby zarejestrowane w urzędzie', '2026-02-26'],
  [5, 'Staże i szkolenia', 'Staże u pracodawców i szkolenia zawodowe finansowane ze środków Funduszu Pracy.', ['unemployed'], ['unemployment'], ['in_person'], 'free', 'nabór ogłaszany na stronie urzędu', 'według naboru', 'osoby bezrobotne, pierwszeństwo długotrwale bezrobotnych', '2026-03-19'],
  [5, 'Prace społecznie użyteczne', 'Prace na rzecz gminy dla osób korzystających z pomocy społecznej.', ['unemployed'], ['unemployment', 'poverty'], ['referral'], 'free', 'do 40 godzin w miesiącu', '15 miejsc', 'skierowanie OPS i urzędu pracy', '2026-04-09'],
  [5, 'Dofinansowanie działalności gospodarczej', 'Jednorazowe środki na podjęcie działalności gospodarczej.', ['unemployed'], ['unemployment'], ['in_person', 'email'], 'free', 'nabór wniosków dwa razy w roku', 'według środków', 'osoby bezrobotne', '2024-09-30'],
  [6, 'Pielęgniarka środowiskowa', 'Wizyty domowe, opieka nad osobami przewlekle chorymi, edukacja zdrowotna.', ['seniors', 'disabled', 'families'], ['illness', 'disability'], ['phone', 'in_person'], 'free', 'pn.–pt. 8:00–18:00', null, 'deklaracja w przychodni', '2026-02-26'],
  [6, 'Porada lekarza rodzinnego w domu pacjenta', 'Wizyta domowa lekarza u pacjenta, który nie może przyjść do przychodni.', ['seniors', 'disabled'], ['illness'], ['phone'], 'free', 'zgłoszenia do 12:00', null, 'pacjenci przychodni', '2026-03-19'],
  [6, 'Konsultacja w sprawie uzależnień', 'Rozmowa motywująca i skierowanie do leczenia uzależnień.', ['addiction'], ['addiction', 'mental_health'], ['in_person', 'phone'], 'free', 'śr. 14:00–18:00', 'czas oczekiwania do 2 tygodni', null, '2026-04-09'],
  [6, 'Szczepienia i bilanse dzieci', 'Szczepienia obowiązkowe i bilanse zdrowia dzieci; przypomnienia dla rodziców.', ['children', 'families'], ['illness'], ['phone', 'in_person'], 'free', 'pn.–pt. 8:00–12:00', null, null, '2026-03-19'],
  [7, 'Świetlica środowiskowa „Przystań”', 'Zajęcia opiekuńcze i wychowawcze, pomoc w lekcjach, podwieczorek.', ['children'], ['parenting', 'education', 'poverty'], ['in_person', 'phone'], 'free', 'pn.–pt. 14:00–18:00', '25 miejsc', 'dzieci w wieku 7–15 lat', '2026-02-26'],
  [7, 'Grupa wsparcia dla rodziców', 'Spotkania rodziców prowadzone przez psychologa: granice, komunikacja, emocje dzieci.', ['families'], ['parenting', 'mental_health'], ['in_person', 'email'], 'free', 'co drugi czwartek 17:30–19:00', '12 osób', null, '2026-04-30'],
  [7, 'Wolontariusze — pomoc sąsiedzka dla seniorów', 'Zakupy, towarzyszenie w wizytach u lekarza, rozmowa.', ['seniors'], ['illness', 'crisis'], ['phone'], 'free', 'według potrzeb', null, null, '2026-03-19'],
  [7, 'Bank żywności — paczki', 'Paczki żywnościowe w ramach Programu Fundusze Europejskie na Pomoc Żywnościową.', ['families', 'seniors', 'homeless'], ['poverty', 'homelessness'], ['referral'], 'free', 'wydawanie: pierwszy poniedziałek miesiąca', null, 'skierowanie OPS', '2026-03-19'],
];

/** The offers, each with its institution's contact; returns them by service for the meeting's links. */
export async function fillBasket(api: ApiClient, institutionIds: readonly string[]): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  for (const [institution, service, description, targets, areas, referral, cost, when, capacity, criteria, verifiedOn] of OFFERS) {
    const [phone, email, address] = CONTACTS[institution]!;
    const offer = await api.basket.save({
      institutionId: institutionIds[institution]!,
      service,
      description,
      targetGroups: [...targets],
      otherTarget: targets.includes('other') ? (institution === 1 ? 'wychowankowie pieczy zastępczej' : 'osoby opuszczające zakład karny') : null,
      problemAreas: [...areas],
      accessCriteria: criteria,
      referralWays: [...referral],
      whereWhen: when.startsWith('w ') ? when : `${address}; ${when}`,
      cost,
      capacity,
      contactPhone: phone,
      contactEmail: email,
      verifiedOn,
    });
    ids.set(service, offer.id);
  }
  return ids;
}
