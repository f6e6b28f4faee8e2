/// <reference types="astro/client" />

/** Metric-matched fallback fonts, generated at build time (scripts/lib/font-fallbacks.ts). */
declare module 'virtual:crossings/font-fallbacks.css';
declare module 'virtual:crossings/web-font-print.css';
