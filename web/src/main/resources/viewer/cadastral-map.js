// The 2D cadastral map, drawn in the browser from the service's public vector tiles (OGC API – Tiles,
// WebMercatorQuad): parcels and buildings as a plan; where a tile is an overview (a district or more), the squares
// of its grid shaded by how many parcels cover each, with a dot where buildings stand. A Cesium imagery provider paints each tile on a canvas.
import { VectorTile } from '@mapbox/vector-tile';
import { PbfReader } from 'pbf';

const SIZE = 256;
// drawn in order: buildings over parcels
const LAYERS = [
  { id: 'parcels', fill: 'rgb(247, 231, 166)', stroke: 'rgb(160, 122, 44)' },
  { id: 'buildings', fill: 'rgb(214, 206, 192)', stroke: 'rgb(110, 100, 90)' },
];
// overview cells from few to many features: pale to deep yellow
const SHADES = ['rgb(247, 231, 166)', 'rgb(240, 214, 128)', 'rgb(232, 198, 100)', 'rgb(224, 184, 79)'];

/**
 * A Cesium imagery provider over the cadastre's vector tiles, limited to a rectangle; parcels filled, or only
 * outlined (when volumes are drawn over the map).
 */
export class CadastralMap {
  constructor(rectangle, filled) {
    this.filled = filled;
    this._tilingScheme = new Cesium.WebMercatorTilingScheme();
    this._rectangle = rectangle;
    this._errorEvent = new Cesium.Event();
    // what the map has drawn, for the page's readiness attributes
    this.stats = { tiles: 0, features: 0, overviewTiles: 0, counted: 0 };
  }

  get tilingScheme() { return this._tilingScheme; }
  get rectangle() { return this._rectangle; }
  get tileWidth() { return SIZE; }
  get tileHeight() { return SIZE; }
  get minimumLevel() { return 0; }
  get maximumLevel() { return 19; }
  get tileDiscardPolicy() { return undefined; }
  get errorEvent() { return this._errorEvent; }
  get credit() { return undefined; }
  get proxy() { return undefined; }
  get hasAlphaChannel() { return true; }
  getTileCredits() { return undefined; }
  pickFeatures() { return undefined; }

  /** The tile painted from its parcels' and buildings' vector tiles. */
  async requestImage(x, y, level) {
    const tiles = await Promise.all(LAYERS.map(l => vectorTile(l.id, level, y, x)));
    const canvas = document.createElement('canvas');
    canvas.width = SIZE;
    canvas.height = SIZE;
    const context = canvas.getContext('2d');
    this.stats.tiles++;
    LAYERS.forEach((style, i) => {
      const layer = tiles[i] && tiles[i].layers[style.id];
      if (layer) {
        this.paint(context, layer, style);
      }
    });
    return canvas;
  }

  paint(context, layer, style) {
    const scale = SIZE / layer.extent;
    let overview = false;
    for (let i = 0; i < layer.length; i++) {
      const feature = layer.feature(i);
      if (feature.type !== 3) {
        continue;
      }
      context.beginPath();
      for (const ring of feature.loadGeometry()) {
        ring.forEach((p, k) => (k ? context.lineTo(p.x * scale, p.y * scale) : context.moveTo(p.x * scale, p.y * scale)));
        context.closePath();
      }
      const count = feature.properties.features;
      if (count !== undefined) {
        overview = true;
        this.stats.counted += count;
        // parcels shaded by how many cover the square; buildings as a dot in the middle of theirs
        if (style.id === 'parcels') {
          if (this.filled) {
            context.fillStyle = SHADES[Math.min(SHADES.length - 1, Math.floor(Math.log2(count) / 2))];
            context.fill();
          }
        } else {
          const [ring] = feature.loadGeometry();
          const xs = ring.map(p => p.x * scale);
          const ys = ring.map(p => p.y * scale);
          const side = Math.max(...xs) - Math.min(...xs);
          context.fillStyle = style.stroke;
          context.fillRect(Math.min(...xs) + side / 4, Math.min(...ys) + side / 4, side / 2, side / 2);
        }
      } else {
        this.stats.features++;
        if (this.filled || style.id !== 'parcels') {
          context.fillStyle = style.fill;
          context.fill('evenodd');
        }
        context.strokeStyle = style.stroke;
        context.lineWidth = 1;
        context.stroke();
      }
    }
    if (overview && style.id === 'parcels') {
      this.stats.overviewTiles++;
    }
  }
}

/** A layer's vector tile, or null where it has none (204). */
async function vectorTile(collection, level, row, col) {
  const r = await fetch('/ogc/collections/' + collection + '/tiles/WebMercatorQuad/' + level + '/' + row + '/' + col);
  if (r.status === 204) {
    return null;
  }
  if (!r.ok) {
    throw new Error('vector tile ' + collection + ' ' + level + '/' + row + '/' + col + ': ' + r.status);
  }
  return new VectorTile(new PbfReader(new Uint8Array(await r.arrayBuffer())));
}
