// mammoth's self-contained browser build has no types of its own (see extractText.ts).
declare module 'mammoth/mammoth.browser.js';
