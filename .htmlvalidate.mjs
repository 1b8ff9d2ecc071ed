// html-validate's recommended rules, over every page of the build (test/site/html.test.ts).
import { defineConfig } from 'html-validate';

export default defineConfig({
  extends: ['html-validate:recommended'],
  rules: {
    // A section page's title names the section and its report ("Prosecutions and Detentions for
    // Online Activities · Freedom on the Net 2015"); cutting it to 70 characters for search-engine
    // snippets would make tabs and bookmarks ambiguous.
    'long-title': 'off',
    // Checkboxes that share a name are how a form sends several values of one field
    // (the search filters: ?report=A&report=B).
    'form-dup-name': ['error', { shared: ['radio', 'button', 'reset', 'submit', 'checkbox'] }],
  },
});
