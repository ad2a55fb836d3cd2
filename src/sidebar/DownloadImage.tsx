/**
 * "Download image": a PNG of the map in view (the meeting filter applied), with title line,
 * legend and attribution, painted on a canvas from the app's own data at twice the pixel
 * density. No screenshot of the page and no request beyond the basemap the map already has.
 */
import { useView } from '../app/ViewContext.tsx';
import { loadBasemap } from '../map/basemapData.ts';

export const PICTURE = { width: 1200, height: 800, scale: 2 };

export function DownloadImage() {
  const { index, state, t, visible } = useView();
  const download = async () => {
    const [{ buildScene }, { paintScene }, { pictureText }, { BOTTOM, TOP }, basemap] =
      await Promise.all([
        import('../publish/scene.ts'),
        import('../publish/canvas.ts'),
        import('../publish/picture.ts'),
        import('../publish/svg.ts'),
        loadBasemap().catch(() => null),
      ]);
    const frame = { width: PICTURE.width, height: PICTURE.height, top: TOP, bottom: BOTTOM };
    const scene = buildScene(index, visible, basemap, state.lang, frame);
    const canvas = document.createElement('canvas');
    canvas.width = PICTURE.width * PICTURE.scale;
    canvas.height = PICTURE.height * PICTURE.scale;
    const ctx = canvas.getContext('2d');
    if (!ctx) return;
    paintScene(ctx, scene, pictureText(index, visible, state.lang, t), PICTURE.scale);
    const blob = await new Promise<Blob | null>((done) => canvas.toBlob(done, 'image/png'));
    if (!blob) return;
    const link = document.createElement('a');
    link.href = URL.createObjectURL(blob);
    link.download = `diplomap-${index.release.id}${state.meeting ? `-${state.meeting}` : ''}-${state.lang}.png`;
    link.click();
    setTimeout(() => URL.revokeObjectURL(link.href), 0);
  };
  return (
    <button type="button" className="action" onClick={() => void download()}>
      {t.downloadImage}
    </button>
  );
}
