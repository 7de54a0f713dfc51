; Included by electron-builder's NSIS script (electron-builder.yml, nsis.include).
; Uninstalling keeps the team's data (database, backup copies, documents) unless the person asks for it to
; go; "Nie" is the default. An update (the installer of a new version runs the old uninstaller) and a
; silent uninstall (/S, as IT departments deploy) always keep it.
!macro customUnInstall
  ${ifNot} ${isUpdated}
    IfSilent pzk_keep_data
    MessageBox MB_YESNO|MB_ICONQUESTION|MB_DEFBUTTON2 "Czy usunąć także dane zespołu (bazę danych, kopie zapasowe i dokumenty) z folderu $APPDATA\PZK Animator?$\r$\n$\r$\nWybierz „Nie”, jeżeli dane przejmie inny animator albo aplikacja zostanie zainstalowana ponownie. Przed usunięciem danych wykonaj kopię zapasową (Ustawienia → Kopia zapasowa)." IDNO pzk_keep_data
    RMDir /r "$APPDATA\PZK Animator"
    pzk_keep_data:
  ${endIf}
!macroend
