/**
 * Rspack loader for @docusaurus/core/lib/client/clientEntry.js in the production browser bundle
 * (applied by src/plugins/stagedStart.ts).
 *
 * Docusaurus starts a page in one task: evaluating the whole main bundle (React, the router, the
 * theme, every route), then, in the same task's microtasks, the page's own route modules and the
 * start of hydration. On a slow phone that single task is the longest one on a chapter, and
 * input waits for all of it. This loader cuts it into separate tasks, with a macrotask between
 * each, so the browser can respond in between:
 *
 *   1. React, the router and Docusaurus' client core (the main bundle's entry);
 *   2. the App: the theme, client modules and site components (same bundle, same order);
 *   3. the route's own modules (Docusaurus' `preload`);
 *   4. hydration, in a transition as before.
 *
 * Nothing is fetched in a different way: `import()` in "eager" mode keeps App in the main
 * bundle and only defers evaluating it. If Docusaurus changes either line, the build stops here
 * instead of silently building something else.
 */
const APP_IMPORT = "import App from './App';";
const START = `    preload(window.location.pathname).then(() => {
        startTransition(renderApp);
    });`;

const STAGED_APP = `// Staged start (src/plugins/stagedStartLoader.js): the App is evaluated in its own task.
let LoadedApp = null;
function App() {
    return React.createElement(LoadedApp);
}
const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));`;

const STAGED_START = `    nextTask()
        .then(() => import(/* webpackMode: "eager" */ './App'))
        .then((module) => {
            LoadedApp = module.default;
            return nextTask();
        })
        .then(() => preload(window.location.pathname))
        .then(nextTask)
        .then(() => {
            startTransition(renderApp);
        });`;

/** The module's source with its one-task start replaced by the staged one. */
function stagedStart(source) {
  for (const expected of [APP_IMPORT, START]) {
    if (!source.includes(expected)) {
      throw new Error(
        'stagedStartLoader: @docusaurus/core clientEntry.js no longer contains the expected ' +
          `${JSON.stringify(expected)}. Check src/plugins/stagedStartLoader.js against the new version.`,
      );
    }
  }
  return source.replace(APP_IMPORT, STAGED_APP).replace(START, STAGED_START);
}

module.exports = function stagedStartLoader(source) {
  return stagedStart(source);
};
module.exports.stagedStart = stagedStart;
