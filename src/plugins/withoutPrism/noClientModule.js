// Stands in for the classic theme's Prism client module in the browser bundle (see ./index.ts).
