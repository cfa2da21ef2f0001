// Vite turns `?no-inline` imports into the URL of the emitted file (kept out of the bundle so <use href> can point into it).
declare module '*?no-inline' {
  const url: string;
  export default url;
}
