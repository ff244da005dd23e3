// Served as /page-probe.js, the first script of every page the engine suite opens, so
// that one record of what went wrong exists in every engine, whatever its protocol can
// report: CSP violations, uncaught errors, failed script loads, console errors and
// warnings, and dialogs (which a notice must never open). Plain ES5, no DOM sinks, so
// that it runs under the strictest policy a test page sets.
(function () {
  var problems = [];
  var dialogs = 0;
  window.__probe = { problems: problems, dialogs: function () { return dialogs; } };
  document.addEventListener('securitypolicyviolation', function (event) {
    problems.push('CSP violation: ' + event.violatedDirective + ' ' + event.blockedURI);
  });
  // Capturing: a <script> that fails to load (e.g. its integrity) fires a non-bubbling error.
  window.addEventListener('error', function (event) {
    var target = event.target;
    if (target && target !== window && target.tagName) problems.push('load error: ' + target.tagName + ' ' + (target.src || target.href));
    else problems.push('pageerror: ' + event.message);
  }, true);
  ['error', 'warn'].forEach(function (level) {
    var original = console[level];
    console[level] = function () {
      problems.push(level + ': ' + Array.prototype.join.call(arguments, ' '));
      return original.apply(console, arguments);
    };
  });
  ['alert', 'confirm', 'prompt'].forEach(function (name) {
    window[name] = function () { dialogs++; };
  });
})();
