import type { HsdsPage } from '../../contracts/hsds.js';
import type { HsdsObject } from '../../interop/hsds/field-codec.js';
import type { Page } from './hsds-read-repository.js';

/** The rows of page `page` (from 1) of `perPage` rows. */
export function pageWindow(page: number, perPage: number): Page {
  return { limit: perPage, offset: (page - 1) * perPage };
}

/** The paging envelope of the HSDS API (openapi.json, components.schemas.Page, as in the examples). */
export function hsdsPage(contents: HsdsObject[], total: number, page: number, perPage: number): HsdsPage {
  const totalPages = Math.ceil(total / perPage);
  return {
    total_items: total,
    total_pages: totalPages,
    page_number: page,
    size: contents.length,
    first_page: page === 1,
    last_page: page >= totalPages,
    empty: contents.length === 0,
    contents,
  };
}
