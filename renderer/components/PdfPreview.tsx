// A preview of a PDF exactly as it will be saved: its pages drawn with pdf.js onto canvases.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { GlobalWorkerOptions, getDocument } from 'pdfjs-dist';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';

GlobalWorkerOptions.workerSrc = workerUrl;

export function PdfPreview({ bytes, title }: { bytes: Uint8Array; title: string }) {
  const { t } = useTranslation();
  const holder = useRef<HTMLDivElement>(null);
  const [pages, setPages] = useState<number | null>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    let cancelled = false;
    // pdf.js takes the buffer over to its worker: give it a copy, the caller keeps its bytes.
    const data = bytes.slice();
    const task = getDocument({ data });
    task.promise
      .then(async (pdf) => {
        const target = holder.current;
        if (!target || cancelled) return;
        target.replaceChildren();
        for (let n = 1; n <= pdf.numPages && !cancelled; n++) {
          const page = await pdf.getPage(n);
          const viewport = page.getViewport({ scale: 1.2 });
          const canvas = document.createElement('canvas');
          canvas.width = viewport.width;
          canvas.height = viewport.height;
          canvas.className = 'pdf-preview__page';
          canvas.setAttribute('role', 'img');
          canvas.setAttribute('aria-label', t('documents.previewPage', { n, total: pdf.numPages }));
          target.append(canvas);
          await page.render({ canvas, viewport }).promise;
        }
        if (!cancelled) setPages(pdf.numPages);
      })
      .catch((error: unknown) => {
        console.warn('[pzk] preview failed:', error);
        if (!cancelled) setFailed(true);
      });
    return () => {
      cancelled = true;
      void task.destroy();
    };
  }, [bytes, t]);

  return (
    <div className="pdf-preview" aria-busy={pages === null && !failed}>
      {failed && <p className="form-error">{t('documents.previewFailed')}</p>}
      {pages === null && !failed && <p className="muted">{t('app.loading')}</p>}
      <div ref={holder} className="pdf-preview__pages" tabIndex={0} role="region" aria-label={title} />
    </div>
  );
}
