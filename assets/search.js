/* The search, a file of its own (docs/assets/javascripts/search.js): javascripts/search-open.js, in
   the script of every page, loads it when the reader goes for the search, and calls
   window.roleguideSearch.open(query, siteRoot), or prepare(siteRoot) when the reader is about to
   search (Pagefind starts loading). `query(siteRoot, text)` answers without the dialog: the ranked
   results, as the benchmark reads them. */
import { search } from "./javascripts/search/engine.js";
import { open, prepare } from "./javascripts/search/ui.js";

window.roleguideSearch = { open, prepare, query: search };
