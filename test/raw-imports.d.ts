// Vite's `?raw` imports, used to read corpus files inside workerd.
declare module "*?raw" {
  const text: string;
  export default text;
}
