/** Data files that our build plugins write into .docusaurus/ (imported as @generated/...). */
declare module '@generated/chapter-addresses/default/chapter-addresses.json' {
  const data: import('./plugins/chapterAddresses').ChapterAddressesData;
  export default data;
}
