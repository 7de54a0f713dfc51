// Maps an app:// URL to a file of the built renderer, refusing anything outside it.
import { extname, join, resolve, sep } from 'node:path';
import { APP_HOST, APP_SCHEME } from './security';

export function resolveAppFile(rendererDir: string, raw: string): string | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return null;
  const root = resolve(rendererDir);
  let pathname: string;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    return null;
  }
  // Client-side routes (no file extension) get the app shell.
  if (pathname === '/' || !extname(pathname)) return join(root, 'index.html');
  const file = resolve(join(root, pathname));
  return file.startsWith(root + sep) ? file : null;
}
