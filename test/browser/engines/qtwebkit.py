"""Opens pages in QtWebKit 5.212 (a 2016 WebKit at Safari 10's level) and reports what a
visitor would meet: the notice, its computed styles, the console, and whether dismissing
it works. Run by test/browser/qtwebkit.browser.test.ts with QT_QPA_PLATFORM=offscreen.

Usage: python3 qtwebkit.py <url> ...   One JSON object per url on standard output.

The engine sends its own user agent (AppleWebKit/602.1 ... Version/10.0 Safari/602.1);
nothing is overridden, so the page sees what such a browser really is.
"""
import json
import sys

from PyQt5.QtCore import QEventLoop, QTimer, QUrl
from PyQt5.QtWidgets import QApplication
from PyQt5.QtWebKitWidgets import QWebPage

# What the page reports about itself once the notice is there: JavaScript the engine runs
# (ES5, as this engine is old), returning JSON.
FACTS = """(function () {
  var notice = document.querySelector('[data-old-browser-notice]');
  var heading = notice && notice.querySelector('h2, h3, h4, h5, h6');
  var style = notice && getComputedStyle(notice);
  var button = notice && notice.querySelector('button');
  return JSON.stringify({
    userAgent: navigator.userAgent,
    notice: !!notice,
    heading: heading ? heading.textContent : null,
    text: notice ? notice.textContent : null,
    background: style ? style.backgroundColor : null,
    buttonMinHeight: button ? getComputedStyle(button).minHeight : null,
    links: [].map.call(document.querySelectorAll('link[rel="stylesheet"]'), function (link) { return link.getAttribute('href'); }),
    styles: document.querySelectorAll('style').length,
    hasFetch: typeof fetch === 'function',
    hasPromise: typeof Promise === 'function',
    constructable: 'adoptedStyleSheets' in document
  });
})()"""

STYLED = """(function () {
  var notice = document.querySelector('[data-old-browser-notice]');
  return !!notice && getComputedStyle(notice).backgroundColor !== 'rgba(0, 0, 0, 0)';
})()"""

DISMISS = """(function () {
  document.querySelector('[data-old-browser-notice] button').click();
  return !document.querySelector('[data-old-browser-notice]');
})()"""


class Page(QWebPage):
    """A page that keeps what the engine says on its console (errors, CSP refusals)."""

    def __init__(self):
        super().__init__()
        self.console = []

    def javaScriptConsoleMessage(self, message, line, source):
        self.console.append('%s (%s:%s)' % (message, source, line))

    def javaScriptAlert(self, frame, message):
        self.console.append('alert: %s' % message)


def spin(ms):
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec_()


def wait_until(page, script, timeout_ms):
    """Polls `script` in the page until it is true, up to timeout_ms; returns its last value."""
    waited = 0
    while waited < timeout_ms:
        if page.mainFrame().evaluateJavaScript(script):
            return True
        spin(50)
        waited += 50
    return False


def visit(url):
    page = Page()
    loop = QEventLoop()
    page.mainFrame().loadFinished.connect(lambda ok: loop.quit())
    QTimer.singleShot(15000, loop.quit)
    page.mainFrame().load(QUrl(url))
    loop.exec_()
    frame = page.mainFrame()
    # The second stage and its language arrive after the load event; then the stylesheet.
    wait_until(page, "!!document.querySelector('[data-old-browser-notice]')", 10000)
    wait_until(page, STYLED, 5000)
    facts = json.loads(frame.evaluateJavaScript(FACTS))
    facts['url'] = url
    facts['dismissed'] = bool(frame.evaluateJavaScript(DISMISS)) if facts['notice'] else None
    # A dismissed notice stays away on the next page of the visit.
    if facts['notice']:
        frame.evaluateJavaScript('location.reload()')
        spin(300)
        wait_until(page, "document.readyState === 'complete'", 10000)
        spin(1000)
        facts['shownAfterReload'] = bool(frame.evaluateJavaScript("!!document.querySelector('[data-old-browser-notice]')"))
    facts['console'] = page.console
    return facts


def main():
    app = QApplication(['QtWebKit'])  # noqa: F841 (the application must exist while pages run)
    for url in sys.argv[1:]:
        print(json.dumps(visit(url)), flush=True)


if __name__ == '__main__':
    main()
