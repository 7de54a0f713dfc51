// What the person sees when the app cannot start (before any window): one Polish sentence that says what to
// do, and where the log is. The log itself gets the error by its name and frames (src/log). Types only from
// Electron: unit-tested under plain Node (startup.test.ts).
import { AppError } from '../../src/api/errors';

export function startFailureMessage(error: unknown, dataDir: string, logFile: string): string {
  const code = error instanceof AppError ? error.code : null;
  switch (code) {
    case 'DATA_FOLDER_IN_USE':
      return 'Dane zespołu są już otwarte w innym programie PZK Animator (np. w przeglądarce albo w poleceniu pzk). Zamknij go i uruchom aplikację ponownie.';
    case 'DB_NEWER_VERSION':
      return 'Dane zespołu zapisała nowsza wersja PZK Animator. Zainstaluj tę wersję albo nowszą; dane nie zostały zmienione.';
    case 'NOT_A_PZK_DATABASE':
      return `W folderze danych (${dataDir}) jest plik, który nie jest bazą PZK Animator. Poproś informatyka o sprawdzenie folderu; nic w nim nie zmieniono.`;
    case 'DB_KEY_NEEDED':
      if (error instanceof AppError && error.details?.reason === 'no_recovery') {
        return 'Dane zespołu są zaszyfrowane kluczem innego komputera i nie mają ustawionego hasła odzyskiwania. Otwórz je na komputerze, na którym powstały, i ustaw hasło w Ustawieniach; nic nie zmieniono.';
      }
      return 'Dane zespołu są zaszyfrowane, a system nie udostępnił ich klucza (np. po przeniesieniu na inny komputer). Uruchom aplikację ponownie i wpisz hasło odzyskiwania — bez niego danych nie da się otworzyć; nic nie zmieniono.';
    case 'DB_KEY_WRONG':
      return 'Hasło odzyskiwania nie otwiera danych zespołu. Sprawdź hasło i uruchom aplikację ponownie; nic nie zmieniono.';
    case 'DB_KEY_MISSING':
      return `W folderze danych (${dataDir}) brakuje pliku klucza bazy (pzk.sqlite.keys.json). Przywróć go z kopii folderu; nic nie zmieniono.`;
    case 'READ_ONLY_DATA':
      return `W folderze ${dataDir} nie można zapisywać, więc nie można w nim utworzyć danych zespołu. Poproś informatyka o prawo zapisu.`;
    default:
      return `Aplikacja nie mogła się uruchomić. Szczegóły zapisano w dzienniku aplikacji: ${logFile}. Przekaż go informatykowi (dane zespołu nie zostały zmienione).`;
  }
}
