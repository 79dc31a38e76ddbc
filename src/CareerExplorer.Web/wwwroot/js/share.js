// The share block's Copy link button (Pages/Shared/_CiteAndShare.cshtml): shown only when this
// script runs, it copies the page's address and says so in the status line. Without script the
// address is still there, in a read-only field to select and copy.
(function () {
  document.querySelectorAll('button[data-copy]').forEach(function (button) {
    var field = document.getElementById(button.getAttribute('data-copy'));
    var status = document.getElementById(button.getAttribute('data-copy-status'));
    if (!field || !status) return;
    function say(text) {
      // Emptied first, so saying the same words again is announced again.
      status.textContent = '';
      setTimeout(function () { status.textContent = text; }, 50);
    }
    function copiedBySelection() {
      field.focus();
      field.select();
      try { return document.execCommand('copy'); } catch (e) { return false; }
    }
    function fallback() {
      say(copiedBySelection() ? 'Link copied' : 'The link is selected: press Ctrl+C (or Command+C) to copy it');
    }
    button.addEventListener('click', function () {
      if (navigator.clipboard && window.isSecureContext) {
        navigator.clipboard.writeText(field.value).then(function () { say('Link copied'); }, fallback);
      } else {
        fallback();
      }
    });
    field.addEventListener('focus', function () { field.select(); });
    button.hidden = false;
  });
})();
