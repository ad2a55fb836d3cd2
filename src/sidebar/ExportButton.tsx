import { useView } from '../app/ViewContext.tsx';

/** Downloads what the map shows as GeoJSON; the same as `npm run export`. */
export function ExportButton() {
  const { index, state, t, visible } = useView();
  // The exporter loads when first used, not with the app.
  const download = async () => {
    const { viewToGeoJSON } = await import('../export/geojson.ts');
    const geojson = viewToGeoJSON(index, visible, state.external);
    const blob = new Blob([`${JSON.stringify(geojson, null, 2)}\n`], {
      type: 'application/geo+json',
    });
    const link = document.createElement('a');
    link.href = URL.createObjectURL(blob);
    link.download = `diplomap-${index.release.id}${state.meeting ? `-${state.meeting}` : ''}.geojson`;
    link.click();
    setTimeout(() => URL.revokeObjectURL(link.href), 0);
  };
  return (
    <button type="button" className="action" onClick={() => void download()}>
      {t.exportGeoJSON}
    </button>
  );
}
