/// <reference types="astro/client" />

declare namespace App {
  interface Locals {
    /** Set by a page that shows footnotes: <Num> and <Source> number their notes from it. */
    notes?: import('./queries/notes.ts').NoteIndex;
  }
}
