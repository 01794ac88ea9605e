// The overview's report form, enhanced: the PDF is fetched in the page so that a message can say it is
// being prepared when that takes more than a second, and the server's reason is shown if it refuses.
// Without this script the same GET form downloads the PDF directly. A GET carries no CSRF token.
(function () {
  'use strict';
  var form = document.getElementById('report-form');
  if (!form || !window.fetch || !window.URLSearchParams || !URL.createObjectURL) {
    return;
  }
  var status = document.getElementById('report-status');
  var button = form.querySelector('button[type=submit]');

  function fileName(disposition) {
    var match = /filename="([^"]+)"/.exec(disposition || '');
    return match ? match[1] : 'report.pdf';
  }

  function save(blob, name) {
    var link = document.createElement('a');
    link.href = URL.createObjectURL(blob);
    link.download = name;
    link.hidden = true;
    document.body.appendChild(link);
    link.click();
    link.remove();
    // Revoked later: the browser reads the Blob after the click returns.
    setTimeout(function () { URL.revokeObjectURL(link.href); }, 60000);
  }

  function refusal(response) {
    return response.json().catch(function () { return {}; }).then(function (body) {
      throw { server: body && body.message };
    });
  }

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    var url = form.action + '?' + new URLSearchParams(new FormData(form)).toString();
    status.textContent = '';
    button.disabled = true;
    var slow = setTimeout(function () { status.textContent = form.dataset.preparing; }, 1000);
    fetch(url, { credentials: 'same-origin', headers: { Accept: 'application/pdf' } })
      .then(function (response) {
        if (!response.ok) {
          return refusal(response);
        }
        return response.blob().then(function (blob) {
          save(blob, fileName(response.headers.get('Content-Disposition')));
          status.textContent = '';
        });
      })
      .catch(function (error) {
        status.textContent = (error && error.server) || form.dataset.failed;
      })
      .then(function () {
        clearTimeout(slow);
        button.disabled = false;
      });
  });
}());
