// The viewer page: sign-in, then the cadastral map and 3D scene with its controls and the inspector.
import { onSignIn, session, signOut } from './api.js';
import { Scene, prefetch } from './scene.js';
import { attachInspector } from './inspect.js';

const $ = id => document.getElementById(id);
const purpose = () => $('purpose').value;
let scene = null;

// CesiumJS (4 MB) loads once the page has, so that signing in and fetching the register overlap with it
const cesium = new Promise((resolve, reject) => {
  const start = () => {
    const script = document.createElement('script');
    script.src = '/viewer/cesium/Cesium.js';
    script.onload = resolve;
    script.onerror = () => reject(new Error('CesiumJS did not load'));
    document.head.appendChild(script);
  };
  if (document.readyState === 'complete') {
    start();
  } else {
    window.addEventListener('load', start);
  }
});

async function open(s) {
  $('signin').hidden = true;
  $('session').hidden = false;
  $('who').textContent = s.username;
  if (s.username === 'officer' || s.username === 'court') {
    $('purpose').value = 'case';
  }
  if (scene) {
    return;
  }
  $('status').textContent = 'Loading the register…';
  const data = prefetch(purpose());
  data.catch(() => {});
  try {
    await cesium;
    scene = new Scene('map', purpose);
    window.strata = scene;
    attachInspector(scene, $('inspect'), purpose);
    await scene.start(data);
    $('status').textContent = scene.drawnVolumes().length + ' volumes drawn';
  } catch (e) {
    $('status').textContent = 'Could not load the register: ' + e.message;
    document.body.setAttribute('data-error', e.message);
  }
}

onSignIn(open);

$('signout').addEventListener('click', () => {
  signOut();
  location.reload();
});

$('mode-map').addEventListener('click', () => scene && scene.show2d());
$('mode-3d').addEventListener('click', () => scene && scene.show3d());
$('volumes').addEventListener('change', event => scene && scene.showVolumes(event.target.checked));
$('underground').addEventListener('change', event => scene && scene.underground(event.target.checked));
$('asof').addEventListener('change', event => scene && scene.asOf(event.target.value).then(() => {
  $('status').textContent = scene.drawnVolumes().length + ' volumes as of ' + (event.target.value || 'today');
}));
$('search').addEventListener('submit', async event => {
  event.preventDefault();
  try {
    await scene.flyTo($('code').value.trim());
    $('search-result').textContent = '';
  } catch (e) {
    $('search-result').textContent = e.message;
  }
});

const existing = session();
if (existing) {
  open(existing);
}
