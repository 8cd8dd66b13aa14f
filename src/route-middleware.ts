/**
 * Starlight route middleware: the <title> of every page is escaped text
 * (src/lib/site/page-title.ts), never raw HTML from a title.
 */
import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { titleHtml } from './lib/site/page-title.ts';

export const onRequest = defineRouteMiddleware((context) => {
	const route = context.locals.starlightRoute;
	const title = route.head.find((entry) => entry.tag === 'title');
	if (title) title.content = titleHtml(route.entry.data.title, route.siteTitle);
});
