import { useView } from '../app/ViewContext';
import { ExportButton } from './ExportButton';

/** Taking the view away: as GeoJSON, or on paper. */
export function ViewActions() {
  const { t } = useView();
  return (
    <div className="actions">
      <ExportButton />
      <button type="button" className="action" onClick={() => window.print()}>
        {t.print}
      </button>
    </div>
  );
}
