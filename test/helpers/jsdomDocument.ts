import { JSDOM } from 'jsdom';

/** A fresh document to render charts into, as the browser's would be. */
export function jsdomDocument(): Document {
  return new JSDOM('<!doctype html><html><body></body></html>').window.document;
}
