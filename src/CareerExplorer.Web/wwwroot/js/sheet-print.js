// The printable sheets' "Print this sheet" button: shown only when this script runs (without it,
// the page says to use the browser's own Print, which does the same).
(function () {
  var button = document.querySelector('button[data-print]');
  if (!button) return;
  button.hidden = false;
  var hint = document.querySelector('[data-print-hint]');
  if (hint) hint.textContent = 'Or use your browser’s Print (Ctrl+P, or ⌘P on a Mac); choose “Save as PDF” for a file.';
  button.addEventListener('click', function () { window.print(); });
})();
