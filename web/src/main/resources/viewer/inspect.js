// Click to inspect: the whole vertical stack under the cursor from the column query, and for each volume what the
// signed-in identity's tier may see of it from the unit lookup — the same API the rest of Strata uses.
import { escapeHtml } from './html.js';
import { getJson } from './api.js';


export function attachInspector(scene, panel, purpose) {
  const handler = new Cesium.ScreenSpaceEventHandler(scene.viewer.scene.canvas);
  handler.setInputAction(click => inspect(scene, panel, purpose(), click.position), Cesium.ScreenSpaceEventType.LEFT_CLICK);
}

async function inspect(scene, panel, purpose, position) {
  const viewer = scene.viewer;
  panel.removeAttribute('data-loaded');
  // a CZML volume is picked with its unit code as id, a 3D Tiles volume as a feature of its tile
  const picked = viewer.scene.drillPick(position)
    .filter(p => typeof p.id === 'string' || p instanceof Cesium.Cesium3DTileFeature);
  let cartesian = null;
  if (picked.length && viewer.scene.pickPositionSupported && viewer.scene.mode === Cesium.SceneMode.SCENE3D) {
    cartesian = viewer.scene.pickPosition(position);
  }
  if (!cartesian) {
    cartesian = viewer.camera.pickEllipsoid(position, viewer.scene.globe.ellipsoid);
  }
  if (!cartesian) {
    panel.innerHTML = '<p class="hint">Click on the ground or on a volume.</p>';
    return;
  }
  const c = Cesium.Cartographic.fromCartesian(cartesian);
  const lon = Cesium.Math.toDegrees(c.longitude).toFixed(8);
  const lat = Cesium.Math.toDegrees(c.latitude).toFixed(8);
  panel.innerHTML = '<p class="hint">Looking up ' + lon + ', ' + lat + '…</p>';
  try {
    const column = await getJson('/api/v1/space/column?lon=' + lon + '&lat=' + lat + '&purpose=' + purpose);
    const codes = column.volumes.map(v => v.unitCode);
    scene.highlight(codes);
    const parts = [];
    parts.push('<p class="hint">' + column.volumes.length + ' volume(s) above and below this spot (top first); '
      + 'heights in metres of the 1985 datum. Receipt ' + escapeHtml(column.receipt) + '.</p>');
    for (const v of [...column.volumes].reverse()) {
      parts.push(await describe(v, purpose));
    }
    for (const g of column.gaps) {
      parts.push('<p class="hint">gap ' + height(g.lower) + ' – ' + height(g.upper) + '</p>');
    }
    panel.innerHTML = parts.join('');
    panel.setAttribute('data-loaded', String(column.volumes.length));
    panel.setAttribute('data-codes', codes.join(','));
  } catch (e) {
    panel.innerHTML = '<p class="error">' + escapeHtml(e.message) + '</p>';
    panel.setAttribute('data-loaded', 'error');
  }
}

async function describe(volume, purpose) {
  let details = '';
  try {
    const unit = await getJson('/api/v1/units/' + volume.unitCode + '?purpose=' + purpose);
    details = '<dl>' + rows(unit, '') + '</dl>';
  } catch (e) {
    details = '<p class="hint">' + escapeHtml(e.message) + '</p>';
  }
  return '<div class="volume" data-code="' + volume.unitCode + '"><h3>' + volume.unitCode + ' · '
    + escapeHtml(volume.layer) + ' · ' + height(volume.lower) + ' – ' + height(volume.upper) + '</h3>' + details + '</div>';
}

function rows(value, prefix) {
  if (value === null || typeof value !== 'object') {
    return '<dt>' + escapeHtml(prefix) + '</dt><dd>' + escapeHtml(String(value)) + '</dd>';
  }
  return Object.entries(value)
    .filter(([key]) => key !== 'links' && key !== 'geometry')
    .map(([key, v]) => rows(v, prefix ? prefix + '.' + key : key))
    .join('');
}

function height(h) {
  return h === null || h === undefined ? 'open' : h + ' m';
}

