// Registered volumes drawn from the CZML the API serves: each load becomes one primitive whose geometry is built
// synchronously (one draw call, no worker round trips), with the unit code as pick id, a colour per layer,
// and a show flag per volume for the register as of a date.

export class Volumes {
  constructor(scene) {
    this.scene = scene;
    this.primitives = scene.primitives.add(new Cesium.PrimitiveCollection());
    this.labels = scene.primitives.add(new Cesium.LabelCollection());
    this.byCode = new Map();
    this.highlighted = [];
    this.stale = false;
    // a primitive's per-volume attributes exist once it has been drawn: states set before are applied then
    scene.postRender.addEventListener(() => {
      if (this.stale && this.apply()) {
        scene.requestRender();
      }
    });
  }

  /** Applies the show flags and highlights; false while a primitive is not drawn yet. */
  apply() {
    let complete = true;
    for (const v of this.byCode.values()) {
      const attributes = v.primitive.getGeometryInstanceAttributes(v.code);
      if (!attributes) {
        complete = false;
        continue;
      }
      attributes.show = Cesium.ShowGeometryInstanceAttribute.toValue(v.shown, attributes.show);
      const colour = this.highlighted.includes(v.code) ? Cesium.Color.RED.withAlpha(0.85) : v.color;
      attributes.color = Cesium.ColorGeometryInstanceAttribute.toValue(colour, attributes.color);
    }
    this.stale = !complete;
    return complete;
  }

  /** Adds the volumes of CZML documents not drawn yet, as one primitive. */
  add(documents) {
    const instances = [];
    const added = [];
    for (const packets of documents) {
      for (const p of packets) {
        if (!p.polygon || this.byCode.has(p.id)) {
          continue;
        }
        const v = volume(p);
        this.byCode.set(v.code, v);
        added.push(v);
        instances.push(new Cesium.GeometryInstance({
          id: v.code,
          geometry: new Cesium.PolygonGeometry({
            polygonHierarchy: new Cesium.PolygonHierarchy(v.positions),
            height: v.bottom,
            extrudedHeight: v.top,
            vertexFormat: Cesium.PerInstanceColorAppearance.VERTEX_FORMAT,
          }),
          attributes: {
            color: Cesium.ColorGeometryInstanceAttribute.fromColor(v.color),
            show: new Cesium.ShowGeometryInstanceAttribute(true),
          },
        }));
        if (v.kind === 'land-unit') {
          this.labels.add({
            position: Cesium.Cartesian3.fromRadians(v.centre.longitude, v.centre.latitude, v.top ?? v.bottom),
            text: v.code.substring(12, 19), font: '11px sans-serif', fillColor: Cesium.Color.BLACK,
            showBackground: true, backgroundColor: Cesium.Color.WHITE.withAlpha(0.75),
            distanceDisplayCondition: new Cesium.DistanceDisplayCondition(0, 1500),
            disableDepthTestDistance: Number.POSITIVE_INFINITY,
          });
        }
      }
    }
    if (instances.length) {
      const primitive = new Cesium.Primitive({
        geometryInstances: instances,
        appearance: new Cesium.PerInstanceColorAppearance({ translucent: true, closed: false }),
        asynchronous: false,
        releaseGeometryInstances: true,
      });
      this.primitives.add(primitive);
      added.forEach(v => { v.primitive = primitive; });
    }
    return added.length;
  }

  /** Shows the volumes whose register availability contains the time. */
  showAt(time) {
    for (const v of this.byCode.values()) {
      v.shown = v.availableAt(time);
    }
    this.stale = true;
    this.apply();
  }

  shown() {
    return this.primitives.show ? [...this.byCode.values()].filter(v => v.shown) : [];
  }

  /** Shows or hides every volume (the map can then be seen alone). */
  setVisible(on) {
    this.primitives.show = on;
    this.labels.show = on;
  }

  highlight(codes) {
    this.highlighted = [...codes];
    this.stale = true;
    this.apply();
  }
}

const COLOURS = {
  unit: [120, 170, 230, 215],
  underground: [150, 90, 200, 190],
  'above-ground': [240, 150, 40, 215],
  surface: [90, 180, 90, 70],
};

function volume(p) {
  const degrees = p.polygon.positions.cartographicDegrees;
  const positions = [];
  let lon = 0;
  let lat = 0;
  for (let i = 0; i < degrees.length; i += 3) {
    positions.push(Cesium.Cartesian3.fromDegrees(degrees[i], degrees[i + 1]));
    lon += degrees[i];
    lat += degrees[i + 1];
  }
  const n = degrees.length / 3;
  const kind = p.properties.kind;
  const layer = p.properties.layer;
  const [start, end] = (p.availability || '').split('/');
  const from = start ? Cesium.JulianDate.fromIso8601(start) : null;
  const to = end ? Cesium.JulianDate.fromIso8601(end) : null;
  return {
    code: p.id, kind, layer, positions,
    centre: Cesium.Cartographic.fromDegrees(lon / n, lat / n),
    bottom: p.polygon.height,
    top: p.polygon.extrudedHeight,
    color: Cesium.Color.fromBytes(...(kind === 'building-unit' ? COLOURS.unit : COLOURS[layer] || COLOURS.surface)),
    shown: true,
    availableAt: time => (!from || Cesium.JulianDate.lessThanOrEquals(from, time))
      && (!to || Cesium.JulianDate.lessThan(time, to)),
  };
}
