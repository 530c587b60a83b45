/** GET /search/?q=WORDS — for now the static page; the no-JavaScript results come with the search work. */
export const onRequestGet: PagesFunction<Env> = ({ request, env }) => env.ASSETS.fetch(request);
