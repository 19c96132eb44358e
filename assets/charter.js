/* The team charter's script, a file of its own (docs/assets/javascripts/charter.js): at about 20 kB
   it is the largest feature by far and one page uses it, so the other pages do not carry it.
   javascripts/features.js, in the script of every page, loads it when a page with the charter's form
   is shown (the first page or one that instant navigation brings in); it then starts like every
   feature (page.js). */
import "./javascripts/charter.js";
