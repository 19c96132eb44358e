/* The search, a file of its own (docs/assets/javascripts/search.js): javascripts/search-open.js, in
   the script of every page, loads it when the reader goes for the search, and calls
   window.roleguideSearch.open(query, siteRoot). `query(siteRoot, text)` answers without the dialog:
   the ranked results, as the benchmark and the tests read them. */
import { search } from "./javascripts/search/engine.js";
import { open } from "./javascripts/search/ui.js";

window.roleguideSearch = { open, query: search };
