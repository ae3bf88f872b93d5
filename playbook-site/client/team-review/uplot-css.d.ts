// esbuild's text loader turns the stylesheet into a string (see build.ts).
declare module 'uplot/dist/uPlot.min.css' {
  const css: string;
  export default css;
}
