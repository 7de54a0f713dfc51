// The installers' settings (issue 14.1) as electron-builder reads them, and the icons made from one drawing.
// The installers themselves are built by the release workflow; the packed app is tested in test/package/.
import { existsSync, readFileSync } from 'node:fs';
import { PNG } from 'pngjs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';

interface BuilderConfig {
  productName: string;
  files: string[];
  win: { target: string[] };
  nsis: Record<string, unknown>;
  linux: { target: string[]; icon: string };
  mac: { target: string[] };
  electronFuses: Record<string, boolean>;
  publish: unknown;
}
const config = parse(readFileSync('electron-builder.yml', 'utf8')) as BuilderConfig;

describe('installers', () => {
  it('Windows: per-user NSIS without administrator rights, in Polish, with a Start-menu entry, and a portable .exe', () => {
    expect(config.win.target).toEqual(['nsis', 'portable']);
    expect(config.nsis).toMatchObject({
      perMachine: false,
      allowElevation: false,
      installerLanguages: ['pl_PL'],
      createStartMenuShortcut: true,
      deleteAppDataOnUninstall: false,
      include: 'build/installer.nsh',
    });
  });

  it('the uninstaller keeps the data folder unless asked, and always on an update or a silent uninstall', () => {
    const script = readFileSync('build/installer.nsh', 'utf8');
    expect(script).toContain('!macro customUnInstall');
    expect(script).toMatch(/\$\{ifNot\} \$\{isUpdated\}/);
    expect(script).toMatch(/IfSilent pzk_keep_data/);
    // "No" is the default button; the folder is the one src/config/dataDir.ts uses on Windows.
    expect(script).toMatch(/MB_YESNO\|MB_ICONQUESTION\|MB_DEFBUTTON2 "Czy usunąć także dane zespołu/);
    expect(script).toContain('RMDir /r "$APPDATA\\PZK Animator"');
  });

  it('Linux AppImage and .deb, macOS .dmg; nothing is published from a build', () => {
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
    expect(config.mac.target).toEqual(['dmg']);
    expect(config.publish).toBeNull();
  });

  it('hardens the Electron binary with fuses', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });
});

describe('icons', () => {
  const size = (file: string) => {
    const png = PNG.sync.read(readFileSync(file));
    return [png.width, png.height];
  };

  it('every size the targets need, rendered from build/icon.svg (npm run icons)', () => {
    expect(existsSync('build/icon.svg')).toBe(true);
    expect(size('build/icon.png')).toEqual([1024, 1024]);
    for (const n of [16, 24, 32, 48, 64, 128, 256, 512, 1024]) expect(size(`build/icons/${n}x${n}.png`)).toEqual([n, n]);
    expect(config.linux.icon).toBe('build/icons');
  });

  it('has transparent corners (rounded, not a white square)', () => {
    const png = PNG.sync.read(readFileSync('build/icons/256x256.png'));
    expect(png.data[3]).toBe(0); // alpha of the top-left pixel
    const centre = (128 * 256 + 128) * 4;
    expect(png.data[centre + 3]).toBe(255);
  });
});
