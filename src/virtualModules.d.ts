/** The address of the tables built from `data/` (scripts/bundledTablesPlugin.ts). */
declare module 'virtual:bundled-tables' {
  const url: string;
  export default url;
}

/** The address of the default view's first answers (scripts/buildFirstViewAnswers.ts). */
declare module 'virtual:first-view-answers' {
  const url: string;
  export default url;
}
