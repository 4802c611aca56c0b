/**
 * The HTML shell of every page: Docusaurus' own template (@docusaurus/core/lib/ssg/
 * ssgTemplate.html.js) with one change in how the JavaScript is started.
 *
 * Docusaurus puts `<script defer>` tags in the head. When the scripts arrive quickly, the
 * browser runs them (about 450 KB of JavaScript before gzip) before it paints the page, so on a
 * slow phone the reader waits for the scripts to run before seeing the text that is already in
 * the HTML. Here the head *preloads* the same scripts, so they download just as early, and a
 * small script at the end of the body starts them once the browser reports its first
 * contentful paint: text first, then interactivity. They run in the same order as before
 * (`async = false`), and are inserted one per task so that starting them is not itself a long
 * task. Where paint timing is missing, two animation frames stand in for it; if
 * nothing is painted within a second (a background tab), a timer starts them anyway.
 *
 * The scripts may now run after the load event, so the page-weight budget counts every request
 * started before the page had loaded and hydrated, whichever came later, not only those before
 * load (tests/e2e/support/weigh.ts).
 */
export const PAINT_FIRST_SCRIPT_ID = 'start-scripts-after-paint';

/**
 * The attribute on the start script that lists the page's route scripts (space-separated),
 * added after the build by ./routeScripts.ts. They start first: they only register
 * their code, and the main bundle then finds the route ready instead of fetching it itself.
 */
export const ROUTE_SCRIPTS_ATTRIBUTE = 'data-route-scripts';

/**
 * The performance mark the start script sets when it starts the scripts (read by the tests); its
 * detail says what started them: 'paint', 'frames' or 'timer'.
 */
export const SCRIPTS_STARTED_MARK = 'kap:scripts-started';

export const ssrTemplate = `
<!DOCTYPE html>
<html <%~ it.htmlAttributes %>>
  <head>
    <meta charset="UTF-8">
    <meta name="generator" content="Docusaurus v<%= it.version %>">
    <% it.metaAttributes.forEach((metaAttribute) => { %>
      <%~ metaAttribute %>
    <% }); %>
    <%~ it.headTags %>
    <% it.stylesheets.forEach((stylesheet) => { %>
      <link rel="stylesheet" href="<%= it.baseUrl %><%= stylesheet %>" />
    <% }); %>
    <% it.scripts.forEach((script) => { %>
      <link rel="preload" as="script" fetchpriority="low" href="<%= it.baseUrl %><%= script %>" />
    <% }); %>
  </head>
  <body <%~ it.bodyAttributes %>>
    <%~ it.preBodyTags %>
    <div id="__docusaurus"><%~ it.appHtml %></div>
    <%~ it.postBodyTags %>
    <script id="${PAINT_FIRST_SCRIPT_ID}">
      (function (entry, SCRIPTS_STARTED_MARK, me) {
        var route = ((me && me.getAttribute('${ROUTE_SCRIPTS_ATTRIBUTE}')) || '').split(' ').filter(function (src) {
          return src && entry.indexOf(src) < 0;
        });
        var sources = route.concat(entry);
        var started = false;
        // why: 'paint', 'frames' (no paint timing) or 'timer' (nothing painted within a second).
        function start(why) {
          if (started) return;
          started = true;
          if (window.performance && performance.mark) performance.mark(SCRIPTS_STARTED_MARK, { detail: why });
          add(0);
        }
        // One script per task: inserting a script that is not in the cache yet starts its
        // request, a few milliseconds each on a slow phone; a dozen in one go block the page.
        function add(index) {
          var script = document.createElement('script');
          script.src = sources[index];
          script.async = false;
          document.body.appendChild(script);
          if (index + 1 < sources.length) setTimeout(add, 0, index + 1);
        }
        try {
          new PerformanceObserver(function (list) {
            if (list.getEntriesByName('first-contentful-paint').length) start('paint');
          }).observe({ type: 'paint', buffered: true });
        } catch (error) {
          if (window.requestAnimationFrame) {
            requestAnimationFrame(function () { requestAnimationFrame(function () { setTimeout(start, 0, 'frames'); }); });
          }
        }
        setTimeout(start, 1000, 'timer');
      })(<%~ JSON.stringify(it.scripts.map(function (script) { return it.baseUrl + script; })) %>, '${SCRIPTS_STARTED_MARK}', document.currentScript);
    </script>
  </body>
</html>
`;
