// The browser's "Options" for this extension: Settings live in the side panel, so this page
// opens the panel's page on its Settings tab, in this tab (entrypoints/sidepanel/links.ts).
location.replace(`/sidepanel.html#tab=settings`);
