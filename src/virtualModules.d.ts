/** The address of the tables built from `data/` (scripts/bundledTablesPlugin.ts). */
declare module 'virtual:bundled-tables' {
  const url: string;
  export default url;
}
