// Plain indexes, the same statements on both dialects.
export { Migration20261206185000_list_order_indexes } from '../sqlite/Migration20261206185000_list_order_indexes';
