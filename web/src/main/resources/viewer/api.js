// The Strata API as the viewer uses it: sign-in with a bearer token kept for the browser session, JSON calls.
const KEY = 'strata.session';

export function session() {
  const text = sessionStorage.getItem(KEY);
  return text ? JSON.parse(text) : null;
}

export async function signIn(username, password) {
  const response = await fetch('/auth/token', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  const body = await response.json();
  if (!response.ok) {
    throw new Error(body.message || 'sign-in failed');
  }
  const s = { username, token: body.access_token };
  sessionStorage.setItem(KEY, JSON.stringify(s));
  return s;
}

// Wires the page's sign-in form (#signin with #username, #password and #signin-error) to open the page.
export function onSignIn(open) {
  const $ = id => document.getElementById(id);
  $('signin').addEventListener('submit', async event => {
    event.preventDefault();
    try {
      await open(await signIn($('username').value, $('password').value));
    } catch (e) {
      $('signin-error').textContent = e.message;
    }
  });
}

export function signOut() {
  sessionStorage.removeItem(KEY);
}

function headers(extra = {}) {
  const s = session();
  return s ? { Authorization: 'Bearer ' + s.token, ...extra } : extra;
}

export async function getJson(path) {
  const response = await fetch(path, { headers: headers({ Accept: 'application/json' }) });
  const body = await response.json().catch(() => ({}));
  if (!response.ok) {
    const error = new Error(body.message || response.status + ' ' + response.statusText);
    error.status = response.status;
    error.body = body;
    throw error;
  }
  return body;
}

export async function postBytes(path, contentType, bytes) {
  const response = await fetch(path, {
    method: 'POST',
    headers: headers({ 'Content-Type': contentType, Accept: 'application/json' }),
    body: bytes,
  });
  return { status: response.status, body: await response.json().catch(() => ({})) };
}

export async function postJson(path, body, extra = {}) {
  const response = await fetch(path, {
    method: 'POST',
    headers: headers({ 'Content-Type': 'application/json', Accept: 'application/json', ...extra }),
    body: body === undefined ? '' : JSON.stringify(body),
  });
  return { status: response.status, body: await response.json().catch(() => ({})) };
}

export async function getBlob(path) {
  const response = await fetch(path, { headers: headers() });
  if (!response.ok) {
    throw new Error(response.status + ' ' + response.statusText);
  }
  return response.blob();
}

// Starts a page: its sign-in form opens it, its #signout button signs out, and an open session reopens it.
export function startPage(open) {
  onSignIn(open);
  const out = document.getElementById('signout');
  if (out) {
    out.addEventListener('click', () => {
      signOut();
      location.reload();
    });
  }
  const existing = session();
  if (existing) {
    open(existing);
  }
}
