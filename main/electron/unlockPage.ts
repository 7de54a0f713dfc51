// The window that asks for the recovery passphrase when the system cannot give the database's key (issue 17.6;
// the flow is src/security/unlockFlow.ts). A page of its own, served by the app:// handler before the core
// exists: plain HTML with its script and style as files (the CSP allows neither inline), talking to the main process through
// `window.pzkUnlock` (./unlockPreload.ts). Tested in Chromium with the bridge stood in (e2e/unlock.spec.ts).
import { MIN_PASSPHRASE } from '../../src/core/core';

export const UNLOCK_PATH = '/unlock.html';
export const UNLOCK_SCRIPT_PATH = '/unlock.js';
export const UNLOCK_STYLE_PATH = '/unlock.css';

/** The page's look (a file: the CSP allows no inline style). */
export const UNLOCK_CSS = `  :root { color-scheme: light dark; --fg: #1a1a1a; --bg: #f4f6f9; --card: #ffffff; --accent: #0b4f9c; --error: #a40e26; --border: #6b7785; }
  @media (prefers-color-scheme: dark) { :root { --fg: #f2f4f7; --bg: #14181d; --card: #1e242b; --accent: #8dbcff; --error: #ff9aa8; --border: #8894a3; } }
  * { box-sizing: border-box; }
  body { margin: 0; font: 16px/1.5 "Segoe UI", Roboto, system-ui, sans-serif; color: var(--fg); background: var(--bg); }
  main { max-width: 34rem; margin: 3rem auto; padding: 1.5rem 1.75rem; background: var(--card); border: 1px solid var(--border); border-radius: 8px; }
  h1 { font-size: 1.4rem; margin: 0 0 0.75rem; }
  label { display: block; font-weight: 600; margin: 1rem 0 0.25rem; }
  input { width: 100%; font: inherit; padding: 0.5rem 0.6rem; border: 1px solid var(--border); border-radius: 4px; background: var(--card); color: var(--fg); }
  input:focus-visible, button:focus-visible { outline: 3px solid var(--accent); outline-offset: 2px; }
  .error { color: var(--error); font-weight: 600; margin: 0.75rem 0 0; }
  .error:empty { display: none; }
  .note { font-size: 0.9rem; margin: 1rem 0 0; }
  .actions { display: flex; gap: 0.75rem; flex-wrap: wrap; margin-top: 1.25rem; }
  button { font: inherit; padding: 0.5rem 1rem; border-radius: 4px; border: 1px solid var(--border); background: var(--card); color: var(--fg); cursor: pointer; }
  button[type=submit] { background: var(--accent); border-color: var(--accent); color: var(--card); font-weight: 600; }
  [hidden] { display: none !important; }
`;

/** What the page says; Polish, as the app's screens. */
export const UNLOCK_WORDS = {
  title: 'Odblokowanie danych zespołu',
  open: 'Dane zespołu są zaszyfrowane, a ten komputer nie ma ich klucza — na przykład po ponownej instalacji systemu albo po przeniesieniu folderu danych z innego komputera. Wpisz hasło odzyskiwania ustawione przy pierwszym uruchomieniu aplikacji.',
  create: `Ten komputer nie ma systemowego magazynu kluczy, więc dane zespołu zabezpieczy hasło odzyskiwania. Ustaw je (co najmniej ${MIN_PASSPHRASE} znaków) i zapisz w bezpiecznym miejscu: bez niego danych nie da się otworzyć.`,
  passphrase: 'Hasło odzyskiwania',
  repeat: 'Powtórz hasło',
  submitOpen: 'Otwórz dane zespołu',
  submitCreate: 'Ustaw hasło i otwórz',
  quit: 'Zamknij aplikację',
  working: 'Sprawdzanie hasła…',
  wrong: 'To hasło nie otwiera danych zespołu. Sprawdź je (wielkość liter, polskie znaki) i spróbuj ponownie; nic nie zmieniono.',
  short: `Hasło musi mieć co najmniej ${MIN_PASSPHRASE} znaków.`,
  mismatch: 'Oba hasła muszą być takie same.',
  empty: 'Wpisz hasło odzyskiwania.',
  noteSealing: 'Hasła nie zapisuje się na tym komputerze: po otwarciu danych system zabezpieczy ich klucz i przy następnym uruchomieniu nie trzeba go będzie wpisywać.',
  noteEveryStart: 'Hasła nie zapisuje się na tym komputerze; bez systemowego magazynu kluczy aplikacja zapyta o nie przy każdym uruchomieniu.',
} as const;

export function unlockHtml(): string {
  const w = UNLOCK_WORDS;
  return `<!doctype html>
<html lang="pl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${w.title} — PZK Animator</title>
<link rel="stylesheet" href="${UNLOCK_STYLE_PATH}">
</head>
<body>
<main>
  <h1 id="title">${w.title}</h1>
  <form id="form" aria-labelledby="title" novalidate>
    <p id="intro"></p>
    <label for="passphrase">${w.passphrase}</label>
    <input id="passphrase" name="passphrase" type="password" autocomplete="off" spellcheck="false" aria-describedby="error" required>
    <div id="repeat-field" hidden>
      <label for="repeat">${w.repeat}</label>
      <input id="repeat" name="repeat" type="password" autocomplete="off" spellcheck="false" aria-describedby="error">
    </div>
    <p id="error" class="error" role="alert"></p>
    <p id="status" class="note" role="status"></p>
    <div class="actions">
      <button type="submit" id="submit"></button>
      <button type="button" id="quit">${w.quit}</button>
    </div>
    <p id="note" class="note"></p>
  </form>
</main>
<script src="${UNLOCK_SCRIPT_PATH}"></script>
</body>
</html>
`;
}

/** The page's script: shows the request, checks what it can before sending, and sends the passphrase. */
export function unlockScript(): string {
  return `'use strict';
(function () {
  var W = ${JSON.stringify(UNLOCK_WORDS)};
  var MIN = ${MIN_PASSPHRASE};
  var bridge = window.pzkUnlock;
  var $ = function (id) { return document.getElementById(id); };
  var creating = false;
  function show(request) {
    creating = Boolean(request.creating);
    $('intro').textContent = creating ? W.create : W.open;
    $('note').textContent = request.sealing ? W.noteSealing : W.noteEveryStart;
    $('repeat-field').hidden = !creating;
    $('submit').textContent = creating ? W.submitCreate : W.submitOpen;
    $('error').textContent = request.error ? W[request.error] : '';
    $('status').textContent = '';
    $('submit').disabled = false;
    $('passphrase').value = '';
    $('repeat').value = '';
    $('passphrase').setAttribute('aria-invalid', request.error ? 'true' : 'false');
    $('passphrase').focus();
  }
  function fail(key, field) {
    $('error').textContent = W[key];
    $(field).setAttribute('aria-invalid', 'true');
    $(field).focus();
  }
  $('form').addEventListener('submit', function (event) {
    event.preventDefault();
    var passphrase = $('passphrase').value;
    if (!passphrase) return fail('empty', 'passphrase');
    if (creating && passphrase.length < MIN) return fail('short', 'passphrase');
    if (creating && $('repeat').value !== passphrase) return fail('mismatch', 'repeat');
    $('error').textContent = '';
    $('status').textContent = W.working;
    $('submit').disabled = true;
    bridge.submit(passphrase).then(function (next) { if (next && !next.done) show(next); });
  });
  $('quit').addEventListener('click', function () { bridge.quit(); });
  bridge.request().then(show);
})();
`;
}

/** The app:// handler's answer for the unlock page and its script; null for any other address. */
export function unlockResponse(url: string): { body: string; type: string } | null {
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return null;
  }
  if (path === UNLOCK_PATH) return { body: unlockHtml(), type: 'text/html; charset=utf-8' };
  if (path === UNLOCK_SCRIPT_PATH) return { body: unlockScript(), type: 'text/javascript; charset=utf-8' };
  if (path === UNLOCK_STYLE_PATH) return { body: UNLOCK_CSS, type: 'text/css; charset=utf-8' };
  return null;
}
