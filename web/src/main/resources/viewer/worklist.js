// The officer's worklist: applications of the county by status and time left; an opened application shows its
// findings and timeline, its unit on the map and in 3D, and the decisions the officer may take.
import { escapeHtml } from './html.js';
import { getJson, postJson, startPage } from './api.js';
import { createViewer } from './scene.js';
import { Volumes } from './volumes.js';
import { STATUS, timeLeft } from './labels.js';

const $ = id => document.getElementById(id);
const DECISIONS = {
  'submitted': [['accept', '受理 Accept'], ['not-accept', '不予受理 Do not accept']],
  'accepted': [['approve', '核准 Approve'], ['request-correction', '要求补正 Request correction'], ['refuse', '不予登记 Refuse']],
  'in-review': [['approve', '核准 Approve'], ['request-correction', '要求补正 Request correction'], ['refuse', '不予登记 Refuse']],
  'needs-correction': [['refuse', '不予登记 Refuse']],
  'approved': [['record', '登簿 Record']],
};
let viewer = null;
let drawn = null;
let opened = null;

async function open(s) {
  $('signin').hidden = true;
  $('session').hidden = false;
  $('who').textContent = s.username;
  await queue();
}

async function queue() {
  const status = $('status-filter').value;
  const overdue = $('overdue').checked;
  const listing = await getJson('/api/v1/applications?limit=200' + (status ? '&status=' + status : '')
    + (overdue ? '&overdue=true' : ''));
  $('queue').innerHTML = '<tr><th>单元 Unit</th><th>类型 Type</th><th>状态 Status</th><th>时限 Time left</th></tr>'
    + listing.applications.map(a => '<tr data-id="' + escapeHtml(a.id) + '" class="'
      + (a.timeLimits && a.timeLimits.overdue ? 'overdue' : '') + (opened === a.id ? ' open' : '') + '">'
      + '<td><code>' + escapeHtml(a.application.unitCode) + '</code></td><td>' + escapeHtml(a.application.type)
      + '</td><td>' + escapeHtml(STATUS[a.status] || a.status) + '</td><td>'
      + escapeHtml(a.timeLimits ? timeLeft(a.timeLimits, a.status) : '未受理 not yet accepted') + '</td></tr>').join('');
  document.body.setAttribute('data-queue', String(listing.applications.length));
}

async function show(id) {
  opened = id;
  const a = await getJson('/api/v1/applications/' + id);
  const c = a.application;
  $('case').innerHTML = '<h2>' + escapeHtml(c.type) + ' · <code>' + escapeHtml(c.unitCode) + '</code></h2>'
    + '<p><strong>' + escapeHtml(STATUS[a.status] || a.status) + '</strong>'
    + (a.timeLimits ? ' · ' + escapeHtml(timeLeft(a.timeLimits, a.status)) + ' · 法定期限 statutory deadline '
      + escapeHtml(a.timeLimits.statutoryDeadline) : '') + '</p>'
    + '<h3>当事人 Parties</h3><ul>' + c.parties.map(p => '<li>' + escapeHtml(p.role) + ': ' + escapeHtml(p.name)
      + (p.share ? ' ' + escapeHtml(p.share) : '') + '</li>').join('') + '</ul>'
    + '<h3>规则结论 Findings</h3>' + (c.findings.length
      ? '<ul class="findings">' + c.findings.map(f => '<li class="' + escapeHtml(f.severity.toLowerCase()) + '"><code>'
        + escapeHtml(f.code) + '</code> ' + escapeHtml(f.message) + '</li>').join('') + '</ul>'
      : '<p class="hint">无 none</p>')
    + '<h3>流程 Timeline</h3><ol>' + a.timeline.map(s => '<li>' + escapeHtml(s.step) + ' — ' + escapeHtml(s.by) + ' · '
      + escapeHtml(s.at.slice(0, 16)) + (s.note ? ' · ' + escapeHtml(s.note) : '') + '</li>').join('') + '</ol>'
    + '<div class="row">' + (DECISIONS[a.status] || []).map(([act, label]) =>
      '<button data-act="' + act + '">' + label + '</button>').join('') + '</div>'
    + '<input id="reason" placeholder="理由或补正内容 reason or what is missing">';
  document.body.setAttribute('data-opened', a.status);
  await drawUnit(c.unitCode);
  await queue();
}

async function drawUnit(code) {
  viewer = viewer || createViewer('map');
  const feature = await getJson('/ogc/collections/rights/items/' + encodeURIComponent(code) + '?f=json');
  const ring = feature.geometry.coordinates[0];
  const lons = ring.map(p => p[0]);
  const lats = ring.map(p => p[1]);
  const pad = 0.0004;
  const bbox = [Math.min(...lons) - pad, Math.min(...lats) - pad, Math.max(...lons) + pad, Math.max(...lats) + pad];
  const czml = await getJson('/api/v1/czml?purpose=case&bbox=' + bbox.join(','));
  if (drawn) {
    viewer.scene.primitives.remove(drawn.primitives);
    viewer.scene.primitives.remove(drawn.labels);
  }
  drawn = new Volumes(viewer.scene);
  drawn.add([czml]);
  drawn.highlight([code]);
  const v = drawn.byCode.get(code);
  if (v) {
    const sphere = Cesium.BoundingSphere.fromPoints(v.positions);
    sphere.radius = Math.max(sphere.radius, 30);
    viewer.camera.flyToBoundingSphere(sphere, { duration: 0,
      offset: new Cesium.HeadingPitchRange(0, Cesium.Math.toRadians(-35), sphere.radius * 4) });
  }
  viewer.scene.requestRender();
  document.body.setAttribute('data-drawn', String(drawn.byCode.size));
  document.body.setAttribute('data-highlighted', v ? code : '');
}

$('queue').addEventListener('click', event => {
  const row = event.target.closest('tr[data-id]');
  if (row) {
    show(row.dataset.id);
  }
});

$('case').addEventListener('click', async event => {
  const button = event.target.closest('button[data-act]');
  if (!button) {
    return;
  }
  const act = button.dataset.act;
  const text = $('reason').value;
  const body = act === 'request-correction' ? { missing: text }
    : (act === 'refuse' || act === 'not-accept') ? { reason: text } : undefined;
  const answer = await postJson('/api/v1/applications/' + opened + '/' + act, body);
  $('message').textContent = answer.status === 200 ? '' : (answer.body.message || String(answer.status));
  await show(opened);
});

$('status-filter').addEventListener('change', queue);
$('overdue').addEventListener('change', queue);
$('mode-map').addEventListener('click', () => viewer && viewer.scene.morphTo2D(0));
$('mode-3d').addEventListener('click', () => viewer && viewer.scene.morphTo3D(0));

startPage(open);
