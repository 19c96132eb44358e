/* The script of every page: every module below, bundled and minified by the generator into
   docs/assets/javascripts/roleguide.js (scripts/roleguide/bundle.py; esbuild, pinned in tools/).
   overrides/main.html loads it as a classic script at the end of the page, just before Material's
   own, so that the first two modules act before Material starts. Each feature starts only on a page that has its
   markup, on the first page and after every instant page change (page.js). A new feature adds its
   module to javascripts/ and one import line here. */
import "./javascripts/anchor-redirects.js";
import "./javascripts/copy-link.js";
import "./javascripts/comparison.js";
import "./javascripts/assessment.js";
import "./javascripts/hiring.js";
import "./javascripts/features.js"; // the charter: assets/charter.js, on its page only
import "./javascripts/search-open.js"; // the search: assets/search.js, when a reader goes for it
import "./javascripts/search-highlight.js";
import "./javascripts/print.js";
import "./javascripts/palette.js";
import "./javascripts/tooltips.js";
