import { useView } from '../app/ViewContext.tsx';
import { DownloadImage } from './DownloadImage.tsx';
import { EmbedAction } from './EmbedAction.tsx';
import { ExportButton } from './ExportButton.tsx';

/** Taking the view away: as GeoJSON, a picture, on paper, or in an iframe on another page. */
export function ViewActions() {
  const { t } = useView();
  return (
    <div className="actions">
      <ExportButton />
      <DownloadImage />
      <button type="button" className="action" onClick={() => window.print()}>
        {t.print}
      </button>
      <EmbedAction />
    </div>
  );
}
