// Boot (see src/boot/earlyStart.ts): fetch the dataset and have a worker lay it out
// for this window while the app's code (mostly React) loads and compiles. The app
// takes both from window.stanceMapEarly. Name rule and default as in
// src/url/urlState.ts and src/data/datasetUrl.ts (a unit test keeps them in step).
// Inlined into index.html by the build (scripts/bootScript.ts), which adds its hash to the
// Content-Security-Policy: it starts before the app's module without a request of its own.
(function () {
  var params = new URLSearchParams(location.search);
  // Datasets from another server (?src=) or from this browser (data=local:…) are the
  // app's to fetch: nothing to start early.
  if (params.has('src')) return;
  var name = params.get('data') || 'astana-22';
  if (!/^[a-z0-9][a-z0-9-]{0,79}$/.test(name)) return;
  var url = new URL('data/' + name + '.json', document.baseURI).href;
  var response = fetch(url);
  var early = { url: url, response: response, layout: Promise.resolve(null) };
  window.stanceMapEarly = early;
  if (typeof Worker !== 'function') return;
  early.layout = new Promise(function (resolve) {
    var worker;
    var finish = function (result) {
      resolve(result);
      // Not now: stopping a worker holds the main thread up, and the map is next.
      setTimeout(function () {
        worker.terminate();
      }, 2000);
    };
    try {
      // A module worker: it shares the graph and layout code with the page (vite.config.ts).
      worker = new Worker('assets/first-layout.js', { type: 'module' });
    } catch {
      resolve(null);
      return;
    }
    worker.onmessage = function (event) {
      finish(event.data);
    };
    worker.onerror = function (event) {
      // Handled: the app lays the map out itself.
      event.preventDefault();
      finish(null);
    };
    response
      .then(function (answer) {
        return answer.ok ? answer.clone().text() : Promise.reject(answer.status);
      })
      .then(
        function (json) {
          worker.postMessage({
            json: json,
            search: location.search,
            width: innerWidth,
            height: innerHeight,
          });
        },
        function () {
          finish(null);
        },
      );
  });
})();
