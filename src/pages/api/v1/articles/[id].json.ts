/** API v1: the full record of one item, by its permanent id. */
import { itemPaths, itemRecord } from '../../../_responses/api.ts';

export const getStaticPaths = itemPaths('article');
export const GET = itemRecord;
