/**
 * Rspack loader for @docusaurus/theme-common/lib/utils/reactUtils.js (applied by
 * src/plugins/noCollatorAtStart.ts).
 *
 * `useShallowMemoObject` sorts an object's keys with `localeCompare` only to get a stable order.
 * The first `localeCompare` on a page makes the browser load its collation tables: on a slow
 * phone a blocking pause of about 100 ms, right after a chapter hydrates (the phone menu's
 * chapter list uses the hook). A plain code-unit comparison gives a stable order too, with no
 * tables. If Docusaurus changes the line, the build stops here instead of silently keeping the
 * pause.
 */
const COLLATED_SORT = 'deps.sort((a, b) => a[0].localeCompare(b[0]));';
const PLAIN_SORT = 'deps.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));';

/** The module's source with its collated key sort replaced by a plain one. */
function plainKeyOrder(source) {
  if (!source.includes(COLLATED_SORT)) {
    throw new Error(
      'plainKeyOrderLoader: @docusaurus/theme-common no longer contains the expected ' +
        `"${COLLATED_SORT}". Check src/plugins/plainKeyOrderLoader.js against the new version.`,
    );
  }
  return source.replace(COLLATED_SORT, PLAIN_SORT);
}

module.exports = function plainKeyOrderLoader(source) {
  return plainKeyOrder(source);
};
module.exports.plainKeyOrder = plainKeyOrder;
