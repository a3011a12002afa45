/** API v1: pages 2… of the articles index. */
import { laterIndexPage, laterIndexPaths } from '../../../../_responses/api.ts';

export const getStaticPaths = laterIndexPaths('article');
export const GET = laterIndexPage;
