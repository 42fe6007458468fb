// The surveyor's page: upload a combined package to a commission, read its check report, and see the package's
// parcels and units on the map with the features the report names drawn red.
import { escapeHtml } from './html.js';
import { getJson, onSignIn, postBytes, session } from './api.js';
import { createViewer } from './scene.js';
import { Volumes } from './volumes.js';

const $ = id => document.getElementById(id);
let viewer = null;
let drawn = null;

async function open(s) {
  $('signin').hidden = true;
  $('session').hidden = false;
  $('who').textContent = s.username;
  const commissions = await getJson('/api/v1/commissions');
  $('commission').innerHTML = commissions.map(c =>
    '<option value="' + escapeHtml(c.id) + '">' + escapeHtml(c.projectCode + ' · ' + c.stage) + '</option>')
    .join('');
  viewer = viewer || createViewer('map');
}

onSignIn(open);

$('upload').addEventListener('click', async () => {
  const file = $('file').files[0];
  if (!file) {
    $('verdict').textContent = 'Choose a package ZIP first.';
    return;
  }
  const bytes = await file.arrayBuffer();
  const commission = $('commission').value;
  document.body.removeAttribute('data-report');
  const answer = await postBytes('/api/v1/commissions/' + commission + '/packages', 'application/zip', bytes);
  const report = answer.body.report;
  $('verdict').textContent = answer.status === 201
    ? 'Stored as version ' + answer.body.version + ': ' + answer.body.status
    : 'Refused (' + answer.status + '): ' + (answer.body.message || '');
  $('report').innerHTML = report ? table(report) : '';
  const flagged = report ? report.results.filter(r => r.severity !== 'info').flatMap(r => r.features) : [];
  await draw(bytes, flagged);
  document.body.setAttribute('data-report', report ? report.verdict : 'none');
  document.body.setAttribute('data-flagged', flagged.join(','));
});

async function draw(bytes, flagged) {
  const preview = await postBytes('/api/v1/survey/preview', 'application/zip', bytes);
  if (preview.status !== 200) {
    return;
  }
  if (drawn) {
    viewer.scene.primitives.remove(drawn.primitives);
    viewer.scene.primitives.remove(drawn.labels);
  }
  drawn = new Volumes(viewer.scene);
  drawn.add([preview.body]);
  drawn.highlight(flagged);
  const positions = [...drawn.byCode.values()].flatMap(v => v.positions);
  if (positions.length) {
    const sphere = Cesium.BoundingSphere.fromPoints(positions);
    viewer.camera.flyToBoundingSphere(sphere, { duration: 0,
      offset: new Cesium.HeadingPitchRange(0, Cesium.Math.toRadians(-40), sphere.radius * 3) });
  }
  viewer.scene.requestRender();
}

function table(report) {
  const rows = report.results.map(r => '<tr class="' + r.severity + '"><td>' + escapeHtml(r.rule) + '</td><td>'
    + escapeHtml(r.severity) + '</td><td>' + escapeHtml(r.measured) + '</td><td>' + escapeHtml(r.limit) + '</td><td>'
    + escapeHtml(r.features.join(', ')) + '</td><td>' + escapeHtml(r.message) + '</td></tr>').join('');
  return '<p class="hint">Rule set ' + escapeHtml(report.ruleSet) + ' · ' + report.errors + ' error(s), ' + report.warnings
    + ' warning(s)</p><table class="report"><tr><th>rule</th><th>severity</th><th>measured</th><th>limit</th>'
    + '<th>features</th><th>message</th></tr>' + rows + '</table>';
}


const existing = session();
if (existing) {
  open(existing);
}
