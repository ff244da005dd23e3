// Served as /user-agent-data.js?major=N before the notice's script: Chromium's client hints
// then tell the same story as a spoofed Chrome N user agent, as a real Chrome N's do.
(function () {
  var major = /major=(\d+)/.exec(document.currentScript.src)[1];
  var data = { brands: [{ brand: 'Google Chrome', version: major }, { brand: 'Chromium', version: major }], mobile: false, platform: 'Windows' };
  Object.defineProperty(Navigator.prototype, 'userAgentData', { get: function () { return data; }, configurable: true });
})();
