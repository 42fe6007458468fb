// Registered volumes drawn from the service's 3D Tiles (/3dtiles/tileset.json): the client streams the tiles of the
// view by itself; a style colours each volume by its layer, hides what was not registered at the clock's time and
// draws highlighted unit codes red. What is drawn is counted from the tiles rendered in the last frame.

// RGBA bytes, as the CZML volumes have them (Cesium itself loads after this module)
const LAYER_COLOURS = {
  unit: [120, 170, 230, 215],
  underground: [150, 90, 200, 190],
  'above-ground': [240, 150, 40, 215],
  surface: [90, 180, 90, 70],
};
const HIGHLIGHT = [255, 0, 0, 217];

export class TiledVolumes {
  constructor(scene) {
    this.scene = scene;
    this.tiled = true;
    this.time = Cesium.JulianDate.now();
    this.highlighted = new Set();
    this.visibleTiles = new Set();
  }

  /** Adds the tileset to the scene; resolves once its root is read. */
  async load() {
    // the view's tiles are asked for in one go, not 18 a frame: the browser queues what its connections cannot take
    Cesium.RequestScheduler.maximumRequestsPerServer = 256;
    this.tileset = await Cesium.Cesium3DTileset.fromUrl('/3dtiles/tileset.json', {
      maximumScreenSpaceError: 64,
      cullRequestsWhileMoving: false,
      // every tile of the view is asked for at once: none deferred to the screen's edges or to a second pass
      foveatedScreenSpaceError: false,
      progressiveResolutionHeightFraction: 0,
      // the first view's tiles load hidden and are then drawn at once: software WebGL spends its time on one
      // frame of the whole view instead of redrawing a growing scene after every tile
      show: false,
      preloadWhenHidden: true,
    });
    this.tileset.colorBlendMode = Cesium.Cesium3DTileColorBlendMode.REPLACE;
    const style = new Cesium.Cesium3DTileStyle();
    style.color = { evaluateColor: (feature, result) => this.colourOf(feature, result) };
    style.show = { evaluate: feature => this.availableAt(feature, this.time) };
    this.tileset.style = style;
    this.scene.primitives.add(this.tileset);
    let collecting = new Set();
    this.scene.preRender.addEventListener(() => { collecting = new Set(); });
    this.tileset.tileVisible.addEventListener(tile => collecting.add(tile));
    this.scene.postRender.addEventListener(() => { this.visibleTiles = collecting; });
  }

  /** Resolves once every tile the view needs is loaded and drawn. */
  async settled() {
    const scene = this.scene;
    if (this.hidden) {
      return;
    }
    if (!this.drawnOnce) {
      // the ground's tiles too, so that the first frame shown is the whole view
      while (!this.tileset.tilesLoaded || !scene.globe.tilesLoaded) {
        await new Promise(resolve => {
          const remove = scene.postRender.addEventListener(() => { remove(); resolve(); });
          scene.requestRender();
        });
        await new Promise(resolve => setTimeout(resolve, 30));
      }
      document.body.setAttribute('data-tiles-loaded-at', String(Math.round(performance.now())));
      this.drawnOnce = true;
      this.tileset.show = true;
    }
    for (;;) {
      await new Promise(resolve => {
        const remove = scene.postRender.addEventListener(() => { remove(); resolve(); });
        scene.requestRender();
      });
      if (this.tileset.tilesLoaded) {
        return;
      }
      await new Promise(resolve => setTimeout(resolve, 50));
    }
  }

  // a tile with no feature is styled as a whole, with no feature
  colourOf(feature, result) {
    if (!feature) {
      return Cesium.Color.clone(Cesium.Color.WHITE, result);
    }
    const colour = this.highlighted.has(feature.getProperty('unitCode'))
      ? HIGHLIGHT
      : feature.getProperty('kind') === 'building-unit'
        ? LAYER_COLOURS.unit
        : LAYER_COLOURS[feature.getProperty('layer')] || LAYER_COLOURS.surface;
    return Cesium.Color.fromBytes(colour[0], colour[1], colour[2], colour[3], result);
  }

  availableAt(feature, time) {
    if (!feature) {
      return true;
    }
    const from = feature.getProperty('validFrom');
    const to = feature.getProperty('validTo');
    const seconds = Cesium.JulianDate.toDate(time).getTime() / 1000;
    return (from === undefined || from <= seconds) && (to === undefined || seconds < to);
  }

  /** The volumes of the tiles drawn in the last frame that the style shows. */
  shown() {
    const shown = [];
    for (const tile of this.visibleTiles) {
      const content = tile.content;
      for (let i = 0; i < (content ? content.featuresLength : 0); i++) {
        const feature = content.getFeature(i);
        if (this.availableAt(feature, this.time)) {
          shown.push({
            code: feature.getProperty('unitCode'),
            kind: feature.getProperty('kind'),
            layer: feature.getProperty('layer'),
            bottom: feature.getProperty('lower'),
            top: feature.getProperty('upper'),
            validFrom: feature.getProperty('validFrom'),
            validTo: feature.getProperty('validTo'),
          });
        }
      }
    }
    return shown;
  }

  /** Shows or hides every volume (the map can then be seen alone). */
  setVisible(on) {
    this.hidden = !on;
    this.tileset.show = on;
    if (!on) {
      this.visibleTiles = new Set();
    }
  }

  showAt(time) {
    this.time = time;
    this.tileset.makeStyleDirty();
  }

  highlight(codes) {
    this.highlighted = new Set(codes);
    this.tileset.makeStyleDirty();
  }

  has() {
    return false;
  }
}
