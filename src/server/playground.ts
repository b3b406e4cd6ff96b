/** A single self-contained page to try the guard by hand; it talks to the API over HTTP only. */
export const playgroundPage = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Vouch</title>
<style>
body{font:15px/1.45 system-ui,sans-serif;max-width:860px;margin:2rem auto;padding:0 1rem;color:#1d2330}
textarea{width:100%;min-height:8rem;font:14px ui-monospace,monospace;padding:.5rem}
pre{background:#f3f5f8;padding:.75rem;overflow:auto;white-space:pre-wrap}
button,select{font-size:14px;padding:.35rem .8rem}
.action{font-weight:600;text-transform:uppercase}
</style></head>
<body>
<h1>Vouch guard</h1>
<p>Paste a prompt or a model response; the server checks it with its policy and shows findings and the redacted text.</p>
<textarea id="text">My card is 4111 1111 1111 1111 and my email is ana@mailbox.example.org</textarea>
<p><select id="stage"><option>input</option><option>output</option></select> <button id="check">Check</button>
<span id="action" class="action"></span></p>
<h2>Redacted text</h2><pre id="redacted"></pre>
<h2>Result</h2><pre id="result"></pre>
<script>
document.getElementById('check').onclick = async () => {
  const body = { text: document.getElementById('text').value, stage: document.getElementById('stage').value };
  const response = await fetch('/v1/guard/check', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  const result = await response.json();
  document.getElementById('action').textContent = result.action || (result.error && result.error.code) || '';
  document.getElementById('redacted').textContent = result.text || '';
  document.getElementById('result').textContent = JSON.stringify(result, null, 2);
};
</script>
</body></html>
`;
