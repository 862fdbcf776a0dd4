// The page sizes of the API's paged lists. No zod here, so the browser can import it.

/** The accountonOnly clients in a preview response, and the most per page afterwards. */
export const ACCOUNTON_ONLY_PAGE = 1000;
/** GET /clients: the page size when none is asked, and the most per page. */
export const CLIENTS_PAGE = 100;
export const CLIENTS_PAGE_MAX = 1000;
