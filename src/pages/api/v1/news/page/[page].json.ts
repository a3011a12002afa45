/** API v1: pages 2… of the news index. */
import { laterIndexPage, laterIndexPaths } from '../../../../_responses/api.ts';

export const getStaticPaths = laterIndexPaths('news');
export const GET = laterIndexPage;
