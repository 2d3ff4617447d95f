/** Stylesheets are bundled as text (webpack rule: test /\.css$/, type "asset/source") and injected by injectStyles. */
declare module "*.css" {
  const text: string;
  export default text;
}
