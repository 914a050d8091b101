/**
 * Encodes a drawn image as PNG off the page's thread: Chromium encodes a canvas's PNG in the
 * page's idle time otherwise, in tasks of seconds for a 16-Mpx image, and a Cancel press waits
 * behind them. Takes an ImageBitmap (transferred, not copied), answers with the PNG Blob.
 */
interface Scope {
  onmessage: ((e: MessageEvent<ImageBitmap>) => void) | null;
  postMessage: (message: Blob | { error: string }) => void;
}
const scope = self as unknown as Scope;

scope.onmessage = (e) => {
  const bitmap = e.data;
  const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
  const g = canvas.getContext('bitmaprenderer');
  if (!g) {
    scope.postMessage({ error: 'the image could not be encoded' });
    return;
  }
  g.transferFromImageBitmap(bitmap);
  canvas.convertToBlob({ type: 'image/png' }).then(
    (blob) => scope.postMessage(blob),
    (err: unknown) => scope.postMessage({ error: String(err) }),
  );
};
