// The Cesium scene: a local grid for a background (no imagery, terrain or geocoder from anywhere), registered
// volumes — as CZML in bbox tiles while the view holds a few thousand, as 3D Tiles beyond — map/3D modes (the map
// adds the cadastral plan drawn from the vector tiles), the underground view and the register as of a date.
import { getJson } from './api.js';
import { Volumes } from './volumes.js';
import { TiledVolumes } from './tiles.js';

const TILE_DEGREES = 0.008;
// views wider than this (about 3 km) are not loaded: the map asks to zoom in instead
const MAX_VIEW_DEGREES = 0.03;
// a register of more volumes than this is drawn from 3D Tiles rather than CZML
const TILED_ABOVE = 3000;
// the 3D view's ground is a plain grid: coarse tiles (a large screen-space error) are enough
const GROUND_SCREEN_SPACE_ERROR = 16;

export class Scene {
  constructor(container, purpose) {
    this.purpose = purpose;
    this.viewer = createViewer(container);
    this.volumes = null;
    this.time = Cesium.JulianDate.now();
    this.loadedTiles = new Set();
    this.version = 0;
    this.extent = null;
    this.volumesShown = true;
  }

  /** Shows the prefetched register extent and its volumes; resolves once drawn. */
  async start(prefetched) {
    const { extent, tiles, documents, tiled } = await prefetched;
    this.extent = extent;
    this.show3d(false);
    if (tiled) {
      this.volumes = new TiledVolumes(this.viewer.scene);
      const processed = performance.now();
      await this.volumes.load();
      this.viewBbox = initialView(extent);
      await this.rendered();
      document.body.setAttribute('data-draw-ms', String(Math.round(performance.now() - processed)));
      document.body.setAttribute('data-tiled', 'true');
      this.viewer.camera.moveEnd.addEventListener(() => this.rendered());
      return;
    }
    this.volumes = new Volumes(this.viewer.scene);
    await this.draw(initialView(extent), tiles, documents);
    this.viewer.camera.moveEnd.addEventListener(() => {
      this.loading = (this.loading || Promise.resolve()).then(() => this.loadView()).catch(() => {});
    });
  }

  /** Loads the tiles of the camera's view when it is small enough to be useful; large views ask to zoom in. */
  async loadView() {
    const r = this.viewer.camera.computeViewRectangle();
    if (!r) {
      return;
    }
    const bbox = [r.west, r.south, r.east, r.north].map(a => Cesium.Math.toDegrees(a));
    const wide = bbox[2] - bbox[0] > MAX_VIEW_DEGREES || bbox[3] - bbox[1] > MAX_VIEW_DEGREES;
    document.body.toggleAttribute('data-zoom-in', wide);
    if (!wide && tilesOf(bbox).some(t => !this.loadedTiles.has(t.join(',')))) {
      await this.load(bbox);
    }
  }

  /** Loads every tile of a lon/lat bbox not loaded yet, then reports the drawn volumes. */
  async load(bbox) {
    const tiles = tilesOf(bbox).filter(t => !this.loadedTiles.has(t.join(',')));
    await this.draw(bbox, tiles, await fetchTiles(tiles, this.purpose()));
  }

  async draw(bbox, tiles, documents) {
    this.volumes.add(documents);
    tiles.forEach(tile => this.loadedTiles.add(tile.join(',')));
    this.volumes.showAt(this.time);
    this.viewBbox = bbox;
    const processed = performance.now();
    await this.rendered();
    document.body.setAttribute('data-draw-ms', String(Math.round(performance.now() - processed)));
  }

  /** The volumes shown at the clock's time. */
  drawnVolumes() {
    return this.volumes.shown();
  }

  /** Waits for a few rendered frames, then sets the readiness attributes on the body. */
  async rendered() {
    const scene = this.viewer.scene;
    if (this.volumes.tiled) {
      // settled once a frame drew every tile of the view
      await this.volumes.settled();
    } else {
      await framesDrawn(scene, 2);
    }
    if (this.map && this.map.show) {
      await mapDrawn(scene);
      const stats = this.map.imageryProvider.stats;
      document.body.setAttribute('data-map-tiles', String(stats.tiles));
      document.body.setAttribute('data-map-features', String(stats.features));
      document.body.setAttribute('data-map-overview-tiles', String(stats.overviewTiles));
    }
    this.version++;
    const body = document.body;
    body.setAttribute('data-view-bbox', this.viewBbox.join(','));
    body.setAttribute('data-view-mode', this.viewer.scene.mode === Cesium.SceneMode.SCENE2D ? 'map' : '3d');
    body.setAttribute('data-view-version', String(this.version));
    body.setAttribute('data-rendered-volumes', String(this.drawnVolumes().length));
  }

  rectangle() {
    const e = this.extent;
    return Cesium.Rectangle.fromDegrees(e[0], e[1], e[2], e[3]);
  }

  async show2d() {
    this.viewer.scene.morphTo2D(0);
    if (!this.map) {
      await this.drawMap();
    }
    this.map.show = true;
    // the map's tiles at their own resolution (the 3D view's plain grid makes do with coarse ones)
    this.viewer.scene.globe.maximumScreenSpaceError = 2;
    this.viewer.camera.setView({ destination: this.rectangle() });
    return this.rendered();
  }

  show3d(render = true) {
    this.viewer.scene.morphTo3D(0);
    if (this.map) {
      this.map.show = false;
      this.viewer.scene.globe.maximumScreenSpaceError = GROUND_SCREEN_SPACE_ERROR;
    }
    // the first view's window (the whole register when it is small), seen from the south
    const e = initialView(this.extent);
    const centre = Cesium.Cartesian3.fromDegrees((e[0] + e[2]) / 2, e[1] - (e[3] - e[1]) * 0.9, 650);
    this.viewer.camera.setView({
      destination: centre,
      orientation: { heading: 0, pitch: Cesium.Math.toRadians(-42), roll: 0 },
    });
    return render ? this.rendered() : Promise.resolve();
  }

  /**
   * Adds the cadastral plan to the ground, limited to the register (a little beyond it) so no tile is asked for where
   * nothing is registered: parcels filled when it is seen alone, outlined under the volumes so they keep the legend's
   * colours. The map's module (and the vector tile reader it imports through the viewer page's import map) loads on
   * first use: the pages that only borrow the scene's viewer never need it.
   */
  async drawMap() {
    const { CadastralMap } = await import('./cadastral-map.js');
    const show = this.map ? this.map.show : true;
    if (this.map) {
      this.viewer.imageryLayers.remove(this.map, true);
    }
    const e = this.extent;
    const margin = 0.005;
    const rectangle = Cesium.Rectangle.fromDegrees(e[0] - margin, e[1] - margin, e[2] + margin, e[3] + margin);
    this.map = this.viewer.imageryLayers.addImageryProvider(new CadastralMap(rectangle, !this.volumesShown));
    this.map.show = show;
  }

  /** Shows or hides the volumes, leaving the map. */
  async showVolumes(on) {
    this.volumesShown = on;
    this.volumes.setVisible(on);
    if (this.map) {
      await this.drawMap();
    }
    document.body.setAttribute('data-volumes-shown', String(on));
    return this.rendered();
  }

  /** Makes the ground translucent and looks up at the underground volumes from below. */
  underground(on) {
    const scene = this.viewer.scene;
    scene.globe.translucency.enabled = on;
    scene.globe.translucency.frontFaceAlpha = 0.25;
    scene.globe.translucency.backFaceAlpha = 0.25;
    scene.screenSpaceCameraController.enableCollisionDetection = !on;
    if (!on) {
      return this.show3d();
    }
    scene.morphTo3D(0);
    const deepest = this.volumes.shown()
      .filter(v => v.layer === 'underground' && v.kind === 'land-unit')
      .sort((a, b) => a.bottom - b.bottom)[0];
    const e = this.extent;
    const c = deepest && deepest.centre
      ? deepest.centre : Cesium.Cartographic.fromDegrees((e[0] + e[2]) / 2, (e[1] + e[3]) / 2);
    this.viewer.camera.setView({
      // 200 m south of the deepest stratum and 90 m below the ellipsoid, looking up and north at it
      destination: Cesium.Cartesian3.fromRadians(c.longitude, c.latitude - Cesium.Math.toRadians(0.0018), -90),
      orientation: { heading: 0, pitch: Cesium.Math.toRadians(20), roll: 0 },
    });
    return this.rendered();
  }

  /** Shows the register as it stood at the end of a day (China Standard Time); today when empty. */
  asOf(date) {
    this.time = date ? Cesium.JulianDate.fromIso8601(date + 'T23:59:59+08:00') : Cesium.JulianDate.now();
    this.volumes.showAt(this.time);
    document.body.setAttribute('data-as-of', date || '');
    return this.rendered();
  }

  /** Flies to a unit by code; loads its area first when it is not loaded. */
  async flyTo(code) {
    let positions = null;
    if (this.volumes.tiled || !this.volumes.byCode.has(code)) {
      const feature = await getJson('/ogc/collections/rights/items/' + encodeURIComponent(code) + '?f=json');
      const ring = feature.geometry.coordinates[0];
      positions = ring.map(p => Cesium.Cartesian3.fromDegrees(p[0], p[1]));
      if (!this.volumes.tiled) {
        const lons = ring.map(p => p[0]);
        const lats = ring.map(p => p[1]);
        await this.load([Math.min(...lons), Math.min(...lats), Math.max(...lons), Math.max(...lats)]);
      }
    }
    if (!this.volumes.tiled) {
      const v = this.volumes.byCode.get(code);
      if (!v) {
        throw new Error('unit ' + code + ' is not in the register');
      }
      positions = v.positions;
    }
    this.highlight([code]);
    const sphere = Cesium.BoundingSphere.fromPoints(positions);
    sphere.radius = Math.max(sphere.radius, 30);
    await new Promise(resolve => this.viewer.camera.flyToBoundingSphere(sphere, {
      duration: 0.8, complete: resolve, cancel: resolve,
    }));
    document.body.setAttribute('data-selected', code);
    await this.rendered();
  }

  highlight(codes) {
    this.volumes.highlight(codes);
    this.viewer.scene.requestRender();
  }

  /** The window position of a unit's middle, for tests and tours. */
  screenPositionOf(code) {
    const v = this.volumes.byCode && this.volumes.byCode.get(code);
    if (!v) {
      return null;
    }
    const middle = ((v.bottom ?? 0) + (v.top ?? v.bottom ?? 0)) / 2;
    const world = Cesium.Cartesian3.fromRadians(v.centre.longitude, v.centre.latitude, middle);
    const p = Cesium.SceneTransforms.worldToWindowCoordinates(this.viewer.scene, world);
    const rect = this.viewer.canvas.getBoundingClientRect();
    return p ? { x: rect.left + p.x, y: rect.top + p.y } : null;
  }
}

/** Resolves once the scene has drawn a number of frames. */
function framesDrawn(scene, count) {
  // the volumes' geometry is built synchronously when they are added: two rendered frames show them all
  return new Promise(resolve => {
    let frames = 0;
    const remove = scene.postRender.addEventListener(() => {
      if (++frames >= count) {
        remove();
        resolve();
      } else {
        scene.requestRender();
      }
    });
    scene.requestRender();
  });
}

/** Resolves once the ground and its imagery (the cadastral map's tiles) are loaded and drawn. */
async function mapDrawn(scene) {
  for (;;) {
    await framesDrawn(scene, 1);
    if (scene.globe.tilesLoaded) {
      return;
    }
    await new Promise(resolve => setTimeout(resolve, 50));
  }
}

/** A Cesium viewer that asks no host but the service: no ion, imagery, terrain or geocoder; a local grid. */
export function createViewer(container) {
  Cesium.Ion.defaultAccessToken = '';
  // the bare widget: no data sources, timeline or animation widgets to build
  const viewer = new Cesium.CesiumWidget(container, {
    baseLayer: new Cesium.ImageryLayer(new Cesium.GridImageryProvider({
      color: Cesium.Color.fromCssColorString('#8a9a86'),
      backgroundColor: Cesium.Color.fromCssColorString('#e4e8df'),
      cells: 4,
    })),
    terrainProvider: new Cesium.EllipsoidTerrainProvider(),
    skyBox: false, skyAtmosphere: false,
    contextOptions: { webgl: { preserveDrawingBuffer: true } },
    // render only when something changed, and blend translucent volumes in one pass: software WebGL
    // (and laptops) then spend their time building geometry instead of redrawing the same frame
    requestRenderMode: true,
    maximumRenderTimeChange: Infinity,
    orderIndependentTranslucency: false,
    // no multisampling: with software WebGL four samples a pixel cost a third of every frame
    msaaSamples: 1,
  });
  viewer.scene.fog.enabled = false;
  viewer.scene.globe.showGroundAtmosphere = false;
  // the background is a plain grid: coarse tiles are enough
  viewer.scene.globe.maximumScreenSpaceError = GROUND_SCREEN_SPACE_ERROR;
  viewer.scene.globe.baseColor = Cesium.Color.fromCssColorString('#e4e8df');
  viewer.scene.globe.depthTestAgainstTerrain = false;
  viewer.clock.shouldAnimate = false;
  // the volumes are lit by the sun and sky of one summer morning in Beijing, not of the hour the page is opened:
  // they look the same by day and by night (the register's as-of time is the scene's own, not the clock's)
  viewer.clock.currentTime = Cesium.JulianDate.fromIso8601('2024-06-21T09:00:00+08:00');
  return viewer;
}

/**
 * Fetches the register's extent and the CZML of its tiles — started before the scene exists, so that the
 * downloads and the building of the 3D view overlap.
 */
export async function prefetch(purpose) {
  const started = performance.now();
  // the tileset is public and cacheable: read now, it is in the browser's cache when the scene wants it, and it
  // says how many volumes the register holds
  const reading = fetch('/3dtiles/tileset.json').then(r => (r.ok ? r.json() : null)).catch(() => null);
  const rights = await getJson('/ogc/collections/rights?f=json');
  const b = rights.extent.spatial.bbox[0];
  const extent = b.length === 6 ? [b[0], b[1], b[3], b[4]] : b;
  const view = initialView(extent);
  const tileset = await reading;
  if (tileset && tileset.extras && tileset.extras.volumes > TILED_ABOVE) {
    document.body.setAttribute('data-fetch-ms', String(Math.round(performance.now() - started)));
    return { extent, tiled: true };
  }
  const tiles = tilesOf(view);
  const documents = await fetchTiles(tiles, purpose);
  document.body.setAttribute('data-fetch-ms', String(Math.round(performance.now() - started)));
  return { extent, tiles, documents };
}

/** The register's extent, or a window of it around its centre when it is too large to load at once. */
function initialView(extent) {
  const half = MAX_VIEW_DEGREES / 2;
  const lon = (extent[0] + extent[2]) / 2;
  const lat = (extent[1] + extent[3]) / 2;
  return [Math.max(extent[0], lon - half), Math.max(extent[1], lat - half),
    Math.min(extent[2], lon + half), Math.min(extent[3], lat + half)];
}

/** The tiles of a grid of TILE_DEGREES that cover a bbox, each clipped to it. */
function tilesOf(bbox) {
  const tiles = [];
  for (let lon = floor(bbox[0]); lon < bbox[2]; lon += TILE_DEGREES) {
    for (let lat = floor(bbox[1]); lat < bbox[3]; lat += TILE_DEGREES) {
      tiles.push([Math.max(lon, bbox[0]), Math.max(lat, bbox[1]),
        Math.min(lon + TILE_DEGREES, bbox[2]), Math.min(lat + TILE_DEGREES, bbox[3])].map(round));
    }
  }
  return tiles;
}

function fetchTiles(tiles, purpose) {
  return Promise.all(tiles.map(tile => getJson('/api/v1/czml?bbox=' + tile.join(',') + '&purpose=' + purpose)));
}

function floor(v) {
  return Math.floor(v / TILE_DEGREES) * TILE_DEGREES;
}

function round(v) {
  return Math.round(v * 1e7) / 1e7;
}
