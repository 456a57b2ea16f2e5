import { useEffect, useState } from 'react';

/**
 * The QR code of a payment link, drawn as an SVG by `qrcode` (the library the API draws two-factor codes
 * with), loaded only when a QR is first shown so the dashboard's first load does not carry it. Dark
 * modules on white in both themes: scanners expect that.
 */
export function RequestQr({ url }: { url: string }) {
  const [svg, setSvg] = useState<string | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let live = true;
    import('qrcode')
      .then((qr) => qr.toString(url, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' }))
      .then((text) => live && setSvg(text))
      .catch(() => live && setFailed(true));
    return () => {
      live = false;
    };
  }, [url]);
  if (failed)
    return (
      <p className="text-sm text-slate-600 dark:text-slate-400">
        The QR code could not be drawn; share the link.
      </p>
    );
  if (!svg)
    return (
      <div
        aria-hidden="true"
        className="size-44 animate-pulse rounded-lg bg-slate-200 motion-reduce:animate-none dark:bg-slate-800"
      />
    );
  return (
    <img
      src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`}
      alt="QR code of the payment link"
      className="size-44 rounded-lg bg-white p-2"
      data-testid="request-qr"
    />
  );
}
