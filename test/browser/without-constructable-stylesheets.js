// Served as /without-constructable-stylesheets.js before the notice's script: the page
// then looks like a browser without adoptedStyleSheets, so the notice takes its <style> path.
delete Document.prototype.adoptedStyleSheets;
