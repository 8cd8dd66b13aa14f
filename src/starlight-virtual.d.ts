// Types for the Starlight virtual modules used by our Search override (Starlight ships them only internally).
declare module 'virtual:starlight/project-context' {
	const context: { trailingSlash: 'always' | 'never' | 'ignore'; [key: string]: unknown };
	export default context;
}
declare module 'virtual:starlight/pagefind-config' {
	export const pagefindUserConfig: Record<string, unknown>;
}
