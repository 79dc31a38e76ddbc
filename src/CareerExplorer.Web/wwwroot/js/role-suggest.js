// Suggestions while typing in the roles search: fills the box's datalist with the roles whose
// title or other name starts with the words typed (from the same index as the search). Without
// this script the box is a plain search field and the form works the same.
(function () {
  var input = document.querySelector('input[data-suggest]');
  var list = input && document.getElementById(input.getAttribute('list'));
  if (!list) return;
  var timer = 0, last = '', controller = null;
  function show(roles) {
    var fragment = document.createDocumentFragment();
    roles.forEach(function (role) {
      var option = document.createElement('option');
      option.value = role.title;
      if (role.alsoCalled) option.label = 'also called ' + role.alsoCalled;
      fragment.appendChild(option);
    });
    list.replaceChildren(fragment);
  }
  function suggest() {
    var q = input.value.trim();
    if (q === last) return;
    last = q;
    if (q.length < 2) { show([]); return; }
    if (controller) controller.abort();
    controller = new AbortController();
    fetch(input.getAttribute('data-suggest') + '?q=' + encodeURIComponent(q), { headers: { Accept: 'application/json' }, signal: controller.signal })
      .then(function (r) { return r.ok ? r.json() : []; }) // a 429 (typing very fast) just shows none
      .then(show)
      .catch(function () { /* aborted by the next keystroke, or offline: keep what is shown */ });
  }
  input.addEventListener('input', function () {
    clearTimeout(timer);
    timer = setTimeout(suggest, 150);
  });
})();
