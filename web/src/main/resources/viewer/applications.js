// The applicant's page (一网通办): my units, file an application for one of them, confirm the applications that
// name me, answer a correction request, download my certificate.
import { escapeHtml } from './html.js';
import { getBlob, getJson, postJson, startPage } from './api.js';
import { STATUS, timeLeft } from './labels.js';

const $ = id => document.getElementById(id);
let me = null;

async function open(s) {
  me = s;
  $('signin').hidden = true;
  $('session').hidden = false;
  $('who').textContent = s.username;
  await refresh();
}

async function refresh() {
  const [units, listing] = await Promise.all([
    getJson('/api/v1/me/units').catch(() => ({ units: [] })),
    getJson('/api/v1/applications'),
  ]);
  $('units').innerHTML = units.units.length
    ? units.units.map(u => '<li><label class="check"><input type="radio" name="unit" value="' + escapeHtml(u.unitCode)
        + '"> <code>' + escapeHtml(u.unitCode) + '</code> ' + escapeHtml(u.naturalStatus.location || '')
        + '</label></li>').join('')
    : '<li class="hint">名下无不动产 No units in your name</li>';
  const first = document.querySelector('input[name=unit]');
  if (first) {
    first.checked = true;
  }
  $('applications').innerHTML = listing.applications.map(card).join('')
    || '<p class="hint">暂无申请 No applications name you</p>';
  document.body.setAttribute('data-applications', String(listing.applications.length));
  document.body.setAttribute('data-statuses', listing.applications.map(a => a.status).join(','));
}

function card(a) {
  const c = a.application;
  const last = a.timeline[a.timeline.length - 1];
  const request = a.status === 'needs-correction' ? last : null;
  const mine = a.awaitingYourConsent;
  return '<div class="volume" data-id="' + escapeHtml(a.id) + '" data-status="' + escapeHtml(a.status) + '">'
    + '<h3>' + escapeHtml(c.type) + ' · <code>' + escapeHtml(c.unitCode) + '</code></h3>'
    + '<p><strong>' + escapeHtml(STATUS[a.status] || a.status) + '</strong>'
    + (a.timeLimits ? ' · ' + escapeHtml(timeLeft(a.timeLimits, a.status)) : '') + '</p>'
    + (a.awaitingConsentOf.length ? '<p class="hint">待确认 Awaiting: ' + a.awaitingConsentOf.map(escapeHtml).join(', ')
        + '</p>' : '')
    + (mine ? '<button data-act="consent">确认 Confirm</button> <button data-act="decline">拒绝 Decline</button>' : '')
    + (request ? '<p>补正要求 Asked: ' + escapeHtml(request.note) + ' (期限 by '
        + escapeHtml((request.facts || {}).deadline || '') + ')</p>'
        + '<textarea data-field="answer" rows="2" placeholder="details as name=value, one per line"></textarea>'
        + '<button data-act="corrections">提交补正 Answer</button>' : '')
    + (a.certificate ? '<p>证书 Certificate ' + escapeHtml(a.certificate.number)
        + ' <button data-act="download" data-path="' + escapeHtml(a.certificate.document) + '">下载 Download</button>'
        + ' <a href="' + escapeHtml(a.certificate.verify) + '" target="_blank">核验 Verify</a></p>' : '')
    + '<ol class="hint">' + a.timeline.map(s => '<li>' + escapeHtml(s.step) + ' — ' + escapeHtml(s.by) + '</li>')
        .join('') + '</ol></div>';
}

$('applications').addEventListener('click', async event => {
  const button = event.target.closest('button[data-act]');
  if (!button) {
    return;
  }
  const box = button.closest('[data-id]');
  const id = box.dataset.id;
  const act = button.dataset.act;
  if (act === 'download') {
    const blob = await getBlob(button.dataset.path);
    const link = document.createElement('a');
    link.href = URL.createObjectURL(blob);
    link.download = 'certificate.pdf';
    link.click();
    document.body.setAttribute('data-downloaded', String(blob.size));
    return;
  }
  let body;
  if (act === 'corrections') {
    const details = Object.fromEntries(box.querySelector('[data-field=answer]').value.split('\n')
      .map(line => line.split('=').map(part => part.trim())).filter(pair => pair.length === 2 && pair[0]));
    body = { details, note: 'answered online' };
  }
  const answer = await postJson('/api/v1/applications/' + id + '/' + act, body);
  $('message').textContent = answer.status === 200 ? '' : (answer.body.message || answer.status);
  await refresh();
});

$('file').addEventListener('submit', async event => {
  event.preventDefault();
  const unit = document.querySelector('input[name=unit]:checked');
  if (!unit) {
    $('message').textContent = '请选择不动产 Choose a unit first';
    return;
  }
  const type = $('type').value;
  const own = await getJson('/api/v1/me/units');
  const holder = own.units.find(u => u.unitCode === unit.value).holders
    .find(h => h.idNumber) || own.units[0].holders[0];
  const roles = { transfer: ['transferor', 'transferee'], mortgage: ['mortgagor', 'mortgagee'] }[type];
  const parties = [
    { role: roles[0], name: holder.name, idType: holder.idType, idNumber: holder.idNumber,
      share: type === 'transfer' ? '1' : undefined },
    { role: roles[1], name: $('other-name').value, idType: $('other-type').value, idNumber: $('other-id').value,
      share: type === 'transfer' ? '1' : undefined },
  ];
  const details = type === 'mortgage'
    ? { subtype: '1', amount: $('amount').value, term: $('term').value, loanContract: $('reference').value }
    : ($('reference').value ? { contract: $('reference').value } : {});
  const answer = await postJson('/api/v1/applications',
    { type, unitCode: unit.value, parties, details },
    { 'Idempotency-Key': me.username + '-' + unit.value + '-' + type + '-' + $('other-id').value });
  $('message').textContent = answer.status === 201
    ? '已提交 Filed: ' + (STATUS[answer.body.status] || answer.body.status)
    : (answer.body.message || String(answer.status));
  await refresh();
});


startPage(open);
