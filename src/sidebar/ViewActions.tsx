import { useView } from '../app/ViewContext';
import { DownloadImage } from './DownloadImage';
import { EmbedAction } from './EmbedAction';
import { ExportButton } from './ExportButton';

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
