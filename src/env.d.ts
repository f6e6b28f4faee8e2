/// <reference types="astro/client" />

declare namespace App {
  interface Locals {
    /** How many times each <Term> has been shown on the page, so each popover gets its own id. */
    termCount?: Map<string, number>;
  }
}
